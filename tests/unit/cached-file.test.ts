import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cachedFile } from '../../src/lib/build-cache.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cached-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('makes the bytes once, in a folder it creates, and reads them back afterwards', async () => {
  const file = join(dir, 'social-cards', 'story.png');
  let calls = 0;
  const make = async () => {
    calls++;
    return Buffer.from(`card ${calls}`);
  };
  expect((await cachedFile(file, make)).toString()).toBe('card 1');
  expect((await cachedFile(file, make)).toString()).toBe('card 1');
  expect(calls).toBe(1);
  expect(readFileSync(file, 'utf8')).toBe('card 1');
  expect(readdirSync(join(dir, 'social-cards'))).toEqual(['story.png']);
});

it('stores nothing when making fails, so the next build makes it again', async () => {
  const file = join(dir, 'story.png');
  await expect(cachedFile(file, async () => Promise.reject(new Error('no font')))).rejects.toThrow('no font');
  expect(readdirSync(dir)).toEqual([]);
  expect((await cachedFile(file, async () => Buffer.from('drawn'))).toString()).toBe('drawn');
});

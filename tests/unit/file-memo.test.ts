import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runContentCheck } from '../../src/integrations/check-content-before-build.ts';
import { fileMemo } from '../../src/lib/file-memo.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'file-memo-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A `make` that counts its calls. */
const counted = <T>(value: T) => {
  const make = () => {
    make.calls++;
    return value;
  };
  make.calls = 0;
  return make;
};

it('makes a value once, and reads it back in a later memo with the same stamp', () => {
  const file = join(dir, 'memo.v8');
  const first = fileMemo(file, 'stamp 1');
  const make = counted({ title: 'Metro', weight: Infinity, at: new Date('2026-10-24T10:00:00Z') });
  expect(first.remember('front matter', 'digest-a', make)).toEqual(make());
  first.save();
  make.calls = 0;
  const again = fileMemo(file, 'stamp 1').remember('front matter', 'digest-a', make);
  expect(make.calls).toBe(0);
  expect(again).toEqual({ title: 'Metro', weight: Infinity, at: new Date('2026-10-24T10:00:00Z') });
});

it('makes every value anew under another stamp, or another kind', () => {
  const file = join(dir, 'memo.v8');
  const first = fileMemo(file, 'stamp 1');
  first.remember('front matter', 'digest-a', () => 'old');
  first.save();
  expect(fileMemo(file, 'stamp 2').remember('front matter', 'digest-a', () => 'new')).toBe('new');
  expect(fileMemo(file, 'stamp 1').remember('body', 'digest-a', () => 'body')).toBe('body');
});

it('keeps only the entries the last check used', () => {
  const file = join(dir, 'memo.v8');
  const first = fileMemo(file, 'stamp');
  first.remember('front matter', 'deleted story', () => 1);
  first.remember('front matter', 'kept story', () => 2);
  first.save();
  const second = fileMemo(file, 'stamp');
  second.remember('front matter', 'kept story', () => 0);
  second.save();
  const third = fileMemo(file, 'stamp');
  expect(third.remember('front matter', 'deleted story', () => 'made again')).toBe('made again');
  expect(third.remember('front matter', 'kept story', () => 0)).toBe(2);
});

it('gives the content check the same problems, lines and hints from the memo as without it', () => {
  const now = new Date('2026-11-23T12:00:00+03:00');
  const root = resolve('tests/fixtures/broken');
  const file = join(dir, 'memo.v8');
  const plain = runContentCheck(root, now);
  const made = runContentCheck(root, now, fileMemo(file, 'stamp'));
  const remembered = runContentCheck(root, now, fileMemo(file, 'stamp'));
  expect(plain.problems.length).toBeGreaterThan(20);
  expect(made.problems).toEqual(plain.problems);
  expect(remembered.problems).toEqual(plain.problems);
  expect(remembered.articles.map(({ id, data }) => [id, data])).toEqual(plain.articles.map(({ id, data }) => [id, data]));
});

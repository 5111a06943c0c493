import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { hasRenderedBody, loadRenderedBody, pruneRenderedBodies, renderedBodyKey, saveRenderedBody } from '../../src/lib/rendered-bodies.ts';

let dir: string;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'rendered-bodies-')), 'articles');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const body = (markdown: string) => ({ markdown, html: `<p>${markdown}</p>`, metadata: { imagePaths: ['./photo.jpg'], headings: [] } });

it('names a body after its Markdown and the pipeline settings, and nothing else', () => {
  const key = renderedBodyKey('{"gfm":true}', 'The council met.');
  expect(renderedBodyKey('{"gfm":true}', 'The council met.')).toBe(key);
  expect(renderedBodyKey('{"gfm":true}', 'The council met!')).not.toBe(key);
  expect(renderedBodyKey('{"gfm":false}', 'The council met.')).not.toBe(key);
  // The separator keeps the settings and the Markdown apart.
  expect(renderedBodyKey('a', 'bc')).not.toBe(renderedBodyKey('ab', 'c'));
  expect(key).toMatch(/^[0-9a-f]{64}$/);
});

it('reads back a body as it was filed, and nothing where none was', async () => {
  const key = renderedBodyKey('', 'The council met.');
  expect(hasRenderedBody(dir, key)).toBe(false);
  expect(await loadRenderedBody(dir, key)).toBeUndefined();
  saveRenderedBody(dir, key, body('The council met.'));
  expect(hasRenderedBody(dir, key)).toBe(true);
  expect(await loadRenderedBody(dir, key)).toEqual(body('The council met.'));
  // Filing it again replaces the file whole, leaving nothing aside.
  saveRenderedBody(dir, key, body('The council met.'));
  expect(readdirSync(dir)).toEqual([`${key}.json`]);
});

it('prunes the bodies no entry names any more', async () => {
  const kept = renderedBodyKey('', 'kept');
  const gone = renderedBodyKey('', 'gone');
  saveRenderedBody(dir, kept, body('kept'));
  saveRenderedBody(dir, gone, body('gone'));
  pruneRenderedBodies(dir, new Set([kept]));
  expect(readdirSync(dir)).toEqual([`${kept}.json`]);
  pruneRenderedBodies(join(dir, 'never-made'), new Set());
});

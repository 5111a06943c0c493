import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { staleOutputFiles } from '../../src/lib/stale-output-files.ts';

let dir: string;
const buildStart = new Date('2026-12-03T12:00:00Z');
/** Writes `file` below the output folder, last modified at `time`. */
const write = (file: string, time: Date) => {
  const path = join(dir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file);
  utimesSync(path, time, time);
  return path;
};
const before = new Date(buildStart.getTime() - 60_000);
const after = new Date(buildStart.getTime() + 5_000);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stale-output-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('lists the files written before the build that it did not keep', () => {
  const kept = write('2026/10/02/kept-story/index.html', before);
  write('2026/10/03/deleted-story/index.html', before);
  write('2026/10/03/deleted-story/share.jpg', before);
  write('_astro/old-style.css', before);
  write('_astro/new-style.css', after);
  write('index.html', after);
  const stale = staleOutputFiles(dir, { writtenSince: buildStart.getTime(), kept: new Set([kept]), skipped: [] });
  expect(stale.map((path) => path.slice(dir.length + 1)).sort()).toEqual(['2026/10/03/deleted-story/index.html', '2026/10/03/deleted-story/share.jpg', '_astro/old-style.css']);
});

it('leaves alone the folders another step owns, at the top of the output only', () => {
  write('pagefind/2026-4/index/en_1.pf_index', before);
  write('.git/HEAD', before);
  write('news/pagefind/old.html', before);
  const stale = staleOutputFiles(dir, { writtenSince: buildStart.getTime(), kept: new Set(), skipped: ['pagefind', '.git'] });
  expect(stale.map((path) => path.slice(dir.length + 1))).toEqual(['news/pagefind/old.html']);
});

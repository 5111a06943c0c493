/**
 * A build into the folder the last build wrote, as on an editor's machine: the
 * pages that did not change stay in place, untouched, and the folder ends up
 * holding exactly what a build into an empty folder holds, byte for byte. A
 * story deleted or turned back into a draft leaves no page behind; a build
 * after one that did not finish starts from an empty folder.
 */
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, expect, it } from 'vitest';
import { filesBelow, siteBuild, type BuildResult } from './site-build.ts';

const name = 'kept-output';
const contentDir = resolve('tests/.builds', name, 'content');
const story = (id: string) => join(contentDir, 'articles/2026/10', `${id}.md`);
const edited = { id: 'city-story-05', sentence: 'A later paragraph says the depot reopens in spring.' };
const deleted = 'city-story-07';
const drafted = 'city-story-08';
const halfWrittenPage = '2026/10/02/city-story-01/index.html';

/** Every file of a build's output and a digest of its bytes. */
const digests = (outDir: string) => new Map(filesBelow(outDir).map((file) => [file, createHash('sha256').update(readFileSync(join(outDir, file))).digest('hex')]));
/** Every file of a build's output and when it was last written. */
const writtenAt = (outDir: string) => new Map(filesBelow(outDir).map((file) => [file, statSync(join(outDir, file)).mtimeMs]));

let first: BuildResult;
let firstFiles: Map<string, string>;
let firstWrittenAt: Map<string, number>;
let kept: BuildResult;
let keptFiles: Map<string, string>;
let keptWrittenAt: Map<string, number>;
let fresh: BuildResult;
let afterStop: BuildResult;

beforeAll(() => {
  rmSync(resolve('tests/.builds', name), { recursive: true, force: true });
  rmSync(resolve('tests/.builds', `${name}-fresh`), { recursive: true, force: true });
  cpSync('tests/fixtures/basic', contentDir, { recursive: true });
  first = siteBuild(name, contentDir);
  firstFiles = digests(first.outDir);
  firstWrittenAt = writtenAt(first.outDir);
  writeFileSync(join(first.outDir, 'left-by-hand.html'), '<p>not built</p>');

  writeFileSync(story(edited.id), `${readFileSync(story(edited.id), 'utf8').trimEnd()}\n\n${edited.sentence}\n`);
  rmSync(story(deleted));
  writeFileSync(story(drafted), readFileSync(story(drafted), 'utf8').replace(/^---\n/, '---\ndraft: true\n'));
  kept = siteBuild(name, contentDir, {}, { keepOutput: true });
  keptFiles = digests(kept.outDir);
  keptWrittenAt = writtenAt(kept.outDir);
  fresh = siteBuild(`${name}-fresh`, contentDir);

  // A build that stopped halfway: a page it was writing is broken, and no build finished into the folder since.
  writeFileSync(join(kept.outDir, halfWrittenPage), '<p>half');
  rmSync(resolve('tests/.builds', name, 'cache/output-finished'));
  afterStop = siteBuild(name, contentDir, {}, { keepOutput: true });
});

it('builds each time', () => {
  for (const build of [first, kept, fresh, afterStop]) expect(build.status, build.output).toBe(0);
});

it('leaves the unchanged pages in place and writes the edited story anew', () => {
  expect(kept.output).not.toMatch(/\(restored\)/);
  // Astro names each page it kept: `├─ /2026/10/02/city-story-01/index.html (cached)`, in colour where CI is set.
  const cached = [...stripVTControlCharacters(kept.output).matchAll(/─ \/(\S+) \(cached\)/g)].map((match) => match[1]!);
  expect(cached.length).toBeGreaterThanOrEqual(5);
  for (const page of cached) expect(keptWrittenAt.get(page), page).toBe(firstWrittenAt.get(page)!);
  expect(readFileSync(join(kept.outDir, '2026/10/06/city-story-05/index.html'), 'utf8')).toContain(edited.sentence);
});

it('removes the pages of a deleted story, a story made a draft again, and a file nobody built', () => {
  const files = [...keptFiles.keys()];
  expect(files.filter((file) => file.includes(deleted) || file.includes(drafted))).toEqual([]);
  expect(files).not.toContain('left-by-hand.html');
  expect(kept.output).toMatch(/removed \d+ files this build no longer makes/);
});

it('holds what a build into an empty folder holds, byte for byte', () => {
  const freshFiles = digests(fresh.outDir);
  expect([...keptFiles.keys()].sort()).toEqual([...freshFiles.keys()].sort());
  const differing = [...keptFiles].filter(([file, digest]) => freshFiles.get(file) !== digest).map(([file]) => file);
  expect(differing).toEqual([]);
});

it('starts from an empty folder after a build that did not finish', () => {
  expect(afterStop.output).toContain('starting from an empty one');
  expect(afterStop.output).not.toMatch(/\(cached\)/);
  expect(readFileSync(join(afterStop.outDir, halfWrittenPage), 'utf8')).toBe(readFileSync(join(fresh.outDir, halfWrittenPage), 'utf8'));
});

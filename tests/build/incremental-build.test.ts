/**
 * Incremental builds: three builds of one tree sharing a cache. Unchanged pages
 * come from the cache byte for byte, and so does the search index; after a
 * story's body is edited, its page shows the edit, no page that does not show
 * the story changes, and the search index bundle that holds it is made anew. Story bodies and their
 * HTML stay out of Astro's content store, one file each beside it, and a cache
 * that lost those files renders them again.
 */
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { updateFolders } from '../../src/lib/live/update-folders.ts';
import { siteBuild, filesBelow, type BuildResult } from './site-build.ts';

const name = 'incremental';
const contentDir = resolve('tests/.builds', name, 'content');
const edited = { file: join(contentDir, 'articles/2026/10/city-story-05.md'), sentence: 'Correction: the council met on Tuesday, not Monday.' };
let builds: BuildResult[];
let pages: Map<string, string>[];
let searchIndexes: Map<string, string>[];

/** Every HTML page of a build and its text. */
const htmlPages = (outDir: string) =>
  new Map(filesBelow(outDir).filter((file) => file.endsWith('.html')).map((file) => [file, readFileSync(join(outDir, file), 'utf8')]));
/** Every file of a build's search index and a digest of its bytes. */
const searchIndexFiles = (outDir: string) =>
  new Map(filesBelow(join(outDir, 'pagefind')).map((file) => [file, createHash('sha256').update(readFileSync(join(outDir, 'pagefind', file))).digest('hex')]));
const reusedRoutes = (build: BuildResult) => (build.output.match(/\((cached|restored)\)/g) ?? []).length;

beforeAll(() => {
  rmSync(resolve('tests/.builds', name), { recursive: true, force: true });
  cpSync('tests/fixtures/basic', contentDir, { recursive: true });
  builds = [];
  pages = [];
  searchIndexes = [];
  const build = () => {
    builds.push(siteBuild(name, contentDir));
    pages.push(htmlPages(builds.at(-1)!.outDir));
    searchIndexes.push(searchIndexFiles(builds.at(-1)!.outDir));
  };
  build();
  // A cache restored without its rendered bodies: the second build renders them again, and its pages come out the same.
  rmSync(resolve('tests/.builds', name, 'cache/rendered-bodies'), { recursive: true, force: true });
  build();
  const text = readFileSync(edited.file, 'utf8');
  writeFileSync(edited.file, `${text.trimEnd()}\n\n${edited.sentence}\n`);
  build();
});

it('builds three times', () => {
  for (const build of builds) expect(build.status, build.output).toBe(0);
});

it('renders every page on the first build and reuses them, byte for byte, when nothing changed', () => {
  expect(reusedRoutes(builds[0]!)).toBe(0);
  expect(reusedRoutes(builds[1]!)).toBeGreaterThanOrEqual(15);
  expect([...pages[1]!.keys()].sort()).toEqual([...pages[0]!.keys()].sort());
  for (const [file, html] of pages[1]!) expect(html, file).toBe(pages[0]!.get(file));
});

it('shows an edited body on its page and changes no page that does not show the story', () => {
  const storyPage = [...pages[2]!].filter(([, html]) => html.includes(edited.sentence)).map(([file]) => file);
  expect(storyPage).toHaveLength(1);
  expect(storyPage[0]).toMatch(/^\d{4}\/\d{2}\/\d{2}\/city-story-05\/index\.html$/);
  const storyPath = `/${storyPage[0]!.replace(/index\.html$/, '')}`;
  const changed = [...pages[2]!].filter(([file, html]) => pages[1]!.get(file) !== html).map(([file]) => file);
  expect(changed).toContain(storyPage[0]);
  for (const file of changed) if (file !== storyPage[0]) expect(pages[2]!.get(file), file).toContain(`href="${storyPath}"`);
  expect(reusedRoutes(builds[2]!)).toBeGreaterThanOrEqual(15);
});

it('reuses the search index while no page changed, and indexes anew the bundle of an edited story', () => {
  expect(builds[0]!.output).toMatch(/search index: \d+ stories in (\d+) bundles?; indexed \1 /);
  expect(builds[1]!.output).toMatch(/search index: \d+ stories in \d+ bundles?; indexed 0, reused/);
  expect(searchIndexes[0]!.size).toBeGreaterThan(3);
  expect([...searchIndexes[1]!]).toEqual([...searchIndexes[0]!]);
  // The story's quarter: city-story-05 is in October 2026.
  expect(builds[2]!.output).toMatch(/search index: \d+ stories in \d+ bundles?; indexed 1 \(2026-4\), reused/);
  // The edited story's words are in the new index: some of its files differ from the reused one.
  expect([...searchIndexes[2]!].filter(([file, digest]) => searchIndexes[1]!.get(file) !== digest).length).toBeGreaterThan(0);
});

it("keeps bodies out of Astro's content store, one file per story beside it, the edited story's old one pruned", () => {
  const cache = resolve('tests/.builds', name, 'cache');
  const store = readFileSync(join(cache, 'data-store.json'), 'utf8');
  const bodies = filesBelow(join(cache, 'rendered-bodies/articles')).map((file) => readFileSync(join(cache, 'rendered-bodies/articles', file), 'utf8'));
  const liveFolders = updateFolders(join(contentDir, 'articles'));
  const stories = filesBelow(join(contentDir, 'articles')).filter((file) => file.endsWith('.md') && !liveFolders.some((folder) => file.startsWith(`${folder}/`)));
  expect(bodies).toHaveLength(stories.length);
  expect(bodies.filter((body) => body.includes(edited.sentence))).toHaveLength(1);
  expect(store).not.toContain(edited.sentence.slice(0, 30));
  // Nor any story's opening words: the store holds front matter, digests and the bodies' names.
  for (const body of bodies) expect(store).not.toContain((JSON.parse(body) as { markdown: string }).markdown.trim().slice(0, 40));
});

/**
 * Cache keys cannot go stale: one cold build of the basic fixture, then one
 * change at a time to something pages show (a related story's headline, a
 * section's name, an author's name, a hero photo, a correction), each rebuilt
 * incrementally on the same cache and then undone. After each rebuild, every
 * file that showed the old value shows the new one (none was copied stale from
 * the cache), every other file is byte for byte as in the cold build, and the
 * files the change does not touch were copied, not rendered.
 *
 * Images as well: list pages show thumbnails made in route data
 * (src/data/picture.ts), which Astro's manifest records for no page, and
 * every rebuild, copying pages or not, still writes every image they name.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { siteBuild, brokenInternalLinks, filesBelow } from './site-build.ts';

const name = 'cache-keys';
const contentDir = resolve('tests/.builds', name, 'content');
const file = (path: string) => join(contentDir, path);
/** Every file a build writes from the site's routes (search index and hashed assets aside: pages name the assets they show). */
const outputs = (outDir: string) =>
  new Map(
    filesBelow(outDir)
      .filter((path) => !path.startsWith('pagefind/') && !path.startsWith('_astro/'))
      .map((path) => [path, readFileSync(join(outDir, path))]),
  );
const reusedPaths = (output: string) => (output.match(/\((cached|restored)\)/g) ?? []).length;

/**
 * Paths a one-change rebuild copies at least: pages that do not show the change.
 * (Fewer than when every story had a drawn card: the fixture's stories are
 * mostly older than `cardDays`, and share their section's card.)
 */
const minimumReused = 10;
let cold: Map<string, Buffer>;
let coldOutDir: string;
let undo: (() => void)[] = [];

/** Rewrites a content file, and undoes it after the test. */
function edit(path: string, change: (text: string) => string) {
  const original = readFileSync(file(path), 'utf8');
  const changed = change(original);
  expect(changed, `the edit changes ${path}`).not.toBe(original);
  writeFileSync(file(path), changed);
  undo.push(() => writeFileSync(file(path), original));
}

/**
 * The drawn share cards of stories, found in the cold build by the stories' ids:
 * only a recent story without a photo has one (src/lib/share-image.ts), so which
 * fixture stories do depends on the day the test runs.
 */
const cardsOf = (...ids: string[]) => [...cold.keys()].filter((path) => ids.some((id) => path.endsWith(`/${id}/card.png`)));

/** An incremental rebuild on the cold build's cache: its files, and how many paths it copied instead of rendering. */
function rebuild(): { files: Map<string, Buffer>; reused: number } {
  const build = siteBuild(name, contentDir);
  expect(build.status, build.output).toBe(0);
  const files = outputs(build.outDir);
  expect([...files.keys()].sort()).toEqual([...cold.keys()].sort());
  // The output folder starts empty: every image a copied page names must have been written again.
  expect(brokenInternalLinks(build.outDir, site.url)).toEqual([]);
  return { files, reused: reusedPaths(build.output) };
}

/** The files of a build that show `text`. */
const showing = (files: Map<string, Buffer>, text: string) => [...files].filter(([, bytes]) => bytes.includes(text)).map(([path]) => path);

/** The files of a rebuild that differ from the cold build's, sorted. */
const changedSinceCold = (files: Map<string, Buffer>) => [...files].filter(([path, bytes]) => !bytes.equals(cold.get(path)!)).map(([path]) => path).sort();

/**
 * Replaces what pages show, `before`, by `after`: after the rebuild, every file
 * that showed `before` shows `after` instead, the listed cards are drawn anew,
 * and no other file changed. Returns the files that showed it.
 */
function expectReplaced(files: Map<string, Buffer>, before: string, after: string | undefined, cards: string[]): string[] {
  const shown = showing(cold, before);
  expect(shown.length, `files showing ${before}`).toBeGreaterThan(0);
  for (const path of shown) {
    const text = files.get(path)!.toString('utf8');
    expect(text, `${path} still shows ${before}`).not.toContain(before);
    if (after !== undefined) expect(text, `${path} shows ${after}`).toContain(after);
  }
  expect(changedSinceCold(files)).toEqual([...new Set([...shown, ...cards])].sort());
  return shown;
}

beforeAll(() => {
  rmSync(resolve('tests/.builds', name), { recursive: true, force: true });
  cpSync('tests/fixtures/basic', contentDir, { recursive: true });
  const build = siteBuild(name, contentDir);
  expect(build.status, build.output).toBe(0);
  cold = outputs(build.outDir);
  coldOutDir = build.outDir;
});

/** The list routes: fronts of sections, tags and authors, and archive months. */
const listRoute = /\/(\[section\]|tags\/\[tag\]|authors\/\[author\])\/\[\.\.\.page\]\.astro$|\/archive\/\[year\]\/\[month\]\.astro$/;

/** Image records per route in Astro's incremental-build manifest, as the last build wrote it. */
function manifestImagesByRoute(): Map<string, number> {
  const manifest = JSON.parse(readFileSync(resolve('tests/.builds', name, 'cache', 'incremental-build.json'), 'utf8')) as {
    routes: Record<string, { paths: Record<string, { staticImages?: unknown[] }> }>;
  };
  return new Map(Object.entries(manifest.routes).map(([route, { paths }]) => [route, Object.values(paths).reduce((sum, path) => sum + (path.staticImages?.length ?? 0), 0)]));
}

/** The stories of the fixture with a hero photo. */
const storiesWithPhotos = () => [...cold.keys()].filter((path) => /(^|\/)\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(path) && cold.get(path)!.includes('class="article__hero"'));

it('records no list thumbnail in the incremental manifest, and every image a page names exists', () => {
  const listRoutes = [...manifestImagesByRoute()].filter(([route]) => listRoute.test(route));
  expect(listRoutes.length, 'list routes in the manifest').toBe(4);
  const thumbnailsShown = [...cold].filter(([path]) => /^(tags|authors|archive)\//.test(path)).reduce((sum, [, bytes]) => sum + bytes.toString('utf8').split('class="story-card__image"').length - 1, 0);
  // Shown on many list pages: each showing was a record per width before thumbnails were made in route data.
  expect(storiesWithPhotos().length).toBeGreaterThan(0);
  expect(thumbnailsShown).toBeGreaterThan(storiesWithPhotos().length);
  const recorded = listRoutes.reduce((sum, [, count]) => sum + count, 0);
  expect(recorded, `image records on list routes, for ${storiesWithPhotos().length} stories with photos`).toBe(0);
  expect(brokenInternalLinks(coldOutDir, site.url)).toEqual([]);
});

it('copies every page on a rebuild with nothing changed, with every image it names', () => {
  const { files, reused } = rebuild();
  expect(changedSinceCold(files)).toEqual([]);
  expect(reused).toBeGreaterThanOrEqual(minimumReused);
});

afterEach(() => {
  for (const step of undo.reverse()) step();
  undo = [];
});

it("updates the pages listing a story as related when the story's headline changes", () => {
  edit('articles/2026/10/city-story-03.md', (text) => text.replace('title: "City story number 3 about the tram"', 'title: "City story number 3 about the night tram"'));
  const { files, reused } = rebuild();
  const shown = expectReplaced(files, 'City story number 3 about the tram', 'City story number 3 about the night tram', cardsOf('city-story-03'));
  // The lead story pins city-story-03 as related: its page shows the headline only in that list.
  expect(shown.find((path) => /\/lead-with-photo\/index\.html$/.test(path))).toBeDefined();
  expect(reused).toBeGreaterThanOrEqual(minimumReused);
});

it("updates bylines, the author's front and feeds when an author's name changes", () => {
  edit('authors/ilya-frolov.md', (text) => text.replace('name: Ilya Frolov', 'name: Ilia Frolov'));
  const { files, reused } = rebuild();
  expectReplaced(files, 'Ilya Frolov', 'Ilia Frolov', []);
  expect(reused).toBeGreaterThanOrEqual(minimumReused);
});

it('updates the pages, feeds and share card showing a hero photo when the photo file is replaced under the same name', async () => {
  const photo = file('articles/2026/11/lead-photo.jpg');
  const original = readFileSync(photo);
  writeFileSync(photo, await sharp(original).flop().jpeg().toBuffer());
  undo.push(() => writeFileSync(photo, original));
  // Vite names the built photo and each rendition of it after the source's 8-character content hash.
  const builtName = [...cold.values()].map((bytes) => bytes.toString('utf8').match(/lead-photo\.[\w-]{8}/)?.[0]).find(Boolean);
  expect(builtName).toBeDefined();
  const { files, reused } = rebuild();
  // A story with a photo shares its hero crop, named after the photo too: no card is drawn for it.
  const shown = expectReplaced(files, builtName!, undefined, cardsOf('lead-with-photo'));
  // The list pages showing the story show its new thumbnail, whose files rebuild() found written.
  const lists = shown.filter((path) => /^(tags|authors|archive)\/.*\.html$/.test(path));
  expect(lists.length, 'list pages showing the photo').toBeGreaterThan(0);
  for (const path of lists) expect(files.get(path)!.toString('utf8')).toMatch(/<img src="[^"]*lead-photo\.[\w-]{8}_[\w-]+\.webp" srcset="[^"]+ 160w, [^"]+ 320w"/);
  expect(reused).toBeGreaterThanOrEqual(minimumReused);
});

it('prints a correction on its story and in the feeds carrying it, and changes nothing else', () => {
  const sentence = 'An earlier version named the wrong depot.';
  edit('articles/2026/10/city-story-05.md', (text) =>
    text.replace('authors: [vera-ivanova]\n', `authors: [vera-ivanova]\ncorrections:\n  - at: 2026-10-07T10:00:00+03:00\n    text: "${sentence}"\n`),
  );
  const { files, reused } = rebuild();
  const shown = showing(files, sentence);
  expect(shown.find((path) => /\/city-story-05\/index\.html$/.test(path))).toBeDefined();
  expect(shown).toContain('rss.xml');
  // The sitemap's lastmod for the story moves to the correction's time.
  expect(changedSinceCold(files)).toEqual([...shown, 'sitemap-0.xml'].sort());
  expect(reused).toBeGreaterThanOrEqual(minimumReused);
});

it("updates every page when a section's name changes: the menu shows it", () => {
  // Last: it changes every page, so a rebuild after it would have nothing left to copy.
  edit('sections.yaml', (text) => text.replace('title: Culture', 'title: Letters'));
  const { files } = rebuild();
  // The section's card draws its name in pixels, which no byte search finds.
  const shown = expectReplaced(files, 'Culture', 'Letters', [...cardsOf('lead-with-photo', 'rates-and-quotes'), 'culture/card.png']);
  // Every page but the redirect pages at a story's aliases, which show no menu.
  const redirects = JSON.parse(cold.get('redirects.json')!.toString('utf8')) as Record<string, string>;
  expect(shown.filter((path) => path.endsWith('.html')).length).toBe([...cold.keys()].filter((path) => path.endsWith('.html') && !(path in redirects)).length);
});

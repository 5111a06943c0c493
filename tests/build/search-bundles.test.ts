/**
 * Search over a generated archive spread over two years, so its stories fall
 * into eight index bundles (src/lib/search-index/), searched in
 * Chromium through the real search page:
 * - a word that one story alone uses finds exactly that story, whichever bundle it is in;
 * - a word that other bundles know only in a shorter form ("station" for
 *   "stationery") finds only the stories that use it, though Pagefind answers
 *   a bundle without the word with that shorter word's pages;
 * - after one story is edited, a rebuild re-indexes its bundle alone, and every
 *   other bundle's files keep their bytes; of the vocabulary index, only the
 *   parts of words new to the bundle are indexed again.
 * The words are found by reading the generated stories, not written into the test.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/built-site.ts';
import { quietChromiumFlags, systemChromium } from '../../scripts/chromium.ts';
import { searchBundleOf } from '../../src/lib/search-bundle.ts';
import { monthsPerBundle } from '../../src/lib/search-index/write-search-index.ts';
import { vocabularyShardOf } from '../../src/lib/vocabulary-shard.ts';
import { siteBuild, filesBelow, type BuildResult } from './site-build.ts';

const name = 'search-bundles';
const contentDir = resolve('tests/.builds', name, 'content');
const filler = 'the city council met on the morning after the storm and agreed to publish a report within a month'.split(' ');
/** Pairs of a word and a longer word that starts with it; the short ones go to 2024's stories, the long ones to 2025's. */
const prefixPairs = [
  ['station', 'stationery'],
  ['port', 'portfolio'],
  ['car', 'caravan'],
];
const syllables = ['ka', 'lo', 'mi', 'ru', 'te', 'vo', 'zi', 'pa'];

interface Story {
  id: string;
  path: string;
  bundle: string;
  text: string;
}

/** Two stories a quarter through 2024 and 2025, each with a made-up word and one word of a prefix pair. */
function writeStories(): Story[] {
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(join(contentDir, 'articles'), { recursive: true });
  mkdirSync(join(contentDir, 'authors'), { recursive: true });
  writeFileSync(join(contentDir, 'sections.yaml'), '- { id: news, title: News, description: Daily news. }\n');
  writeFileSync(join(contentDir, 'authors', 'reporter.md'), '---\nname: A Reporter\n---\nBio.\n');
  const stories: Story[] = [];
  for (let index = 0; index < 16; index++) {
    const year = 2024 + Math.floor(index / 8);
    const month = (index % 8) * 1.5 + 1;
    const published = new Date(Date.UTC(year, Math.floor(month) - 1, 10, 12));
    const pair = prefixPairs[index % prefixPairs.length]!;
    const made = `quil${syllables[index % 8]}${syllables[Math.floor(index / 8)]}dor`;
    const body = `${filler.join(' ')} ${year === 2024 ? pair[0] : pair[1]} ${made}.`;
    const id = `story-${index}`;
    writeFileSync(
      join(contentDir, 'articles', `${id}.md`),
      `---\ntitle: "Story ${index}"\ndescription: "Dek ${index}."\npublishedAt: ${published.toISOString().replace('.000Z', 'Z')}\nsection: news\nauthors: [reporter]\n---\n${body}\n`,
    );
    const date = published.toISOString().slice(0, 10).replaceAll('-', '/');
    const path = `${date}/${id}/`;
    stories.push({ id, path: `/${path}`, bundle: searchBundleOf(`${path}index.html`, monthsPerBundle)!, text: `story ${index} dek ${index}. ${body}`.toLowerCase() });
  }
  return stories;
}

const wordsOf = (story: Story) => story.text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/** The stories that use a word starting with `word`: what Pagefind's prefix search may rightly find. */
const usingPrefix = (stories: Story[], word: string) => stories.filter((story) => wordsOf(story).some((other) => other.startsWith(word)));

/** Every file of a build's search index and a digest of its bytes. */
const indexFiles = (outDir: string) =>
  new Map(filesBelow(join(outDir, 'pagefind')).map((file) => [file, createHash('sha256').update(readFileSync(join(outDir, 'pagefind', file))).digest('hex')]));

let stories: Story[];
let build: BuildResult;
let browser: Browser;
let server: Server;
let origin: string;
let page: Page;

/** The story paths the search page lists for `query`, once it says what it found. */
async function searchPage(query: string): Promise<string[]> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /found/i.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  return page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

beforeAll(async () => {
  stories = writeStories();
  rmSync(resolve('tests/.builds', name, 'cache'), { recursive: true, force: true });
  build = siteBuild(name, contentDir);
  ({ origin, server } = await serveStatic(build.outDir));
  browser = await chromium.launch({ executablePath: systemChromium, args: quietChromiumFlags });
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

it('builds one index bundle per quarter with stories', () => {
  expect(build.status, build.output).toBe(0);
  const bundles = [...new Set(stories.map((story) => story.bundle))].sort();
  expect(bundles.length).toBeGreaterThanOrEqual(8);
  expect(readdirSync(join(build.outDir, 'pagefind')).filter((folder) => folder !== 'words').sort()).toEqual(bundles);
  expect(build.output).toContain(`search index: ${stories.length} stories in ${bundles.length} bundles; indexed ${bundles.length}`);
});

describe('searching the bundles', () => {
  it('finds exactly the one story that uses a word, whichever bundle it is in', async () => {
    const checked = new Set<string>();
    for (const story of stories) {
      if (checked.has(story.bundle)) continue;
      // A word of this story that no other story has, nor any word starting with it.
      const own = wordsOf(story).find((word) => word.length > 4 && usingPrefix(stories, word).length === 1);
      expect(own, story.id).toBeDefined();
      expect(await searchPage(own!), own).toEqual([story.path]);
      checked.add(story.bundle);
    }
    expect(checked.size).toBe(new Set(stories.map((story) => story.bundle)).size);
  });

  it('finds no story without the word, though other bundles hold a shorter word it starts with', async () => {
    for (const [short, long] of prefixPairs) {
      const using = usingPrefix(stories, long!);
      // The trap is set: some bundle holds the short word but nothing starting with the long one.
      const trapBundles = new Set(usingPrefix(stories, short!).map((story) => story.bundle));
      for (const story of using) trapBundles.delete(story.bundle);
      expect(trapBundles.size, short).toBeGreaterThan(0);
      expect((await searchPage(long!)).sort(), long).toEqual(using.map((story) => story.path).sort());
    }
  });
});

/** Appends `text` to the body of `story` and rebuilds; returns the rebuild and which index files changed. */
function editAndRebuild(story: Story, text: string) {
  const before = indexFiles(build.outDir);
  const file = join(contentDir, 'articles', `${story.id}.md`);
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${text}\n`);
  const rebuild = siteBuild(name, contentDir);
  expect(rebuild.status, rebuild.output).toBe(0);
  const after = indexFiles(rebuild.outDir);
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((path) => before.get(path) !== after.get(path));
  return { rebuild, changed };
}

describe('after one story is edited', () => {
  const bundleCount = () => new Set(stories.map((story) => story.bundle)).size;
  const bundleLine = (bundle: string) => `search index: ${stories.length} stories in ${bundleCount()} bundles; indexed 1 (${bundle}), reused ${bundleCount() - 1} from the cache`;

  it('re-indexes only its bundle, and no vocabulary part when the edit brings the bundle no new word', () => {
    const edited = stories[5]!;
    // Words every story already has (the filler): the bundle's text changes, its vocabulary does not.
    const { rebuild, changed } = editAndRebuild(edited, 'The council met on the morning after the storm.');
    expect(rebuild.output).toContain(`${bundleLine(edited.bundle)}; vocabulary parts indexed 0,`);
    expect(new Set(changed.map((path) => path.slice(0, path.indexOf('/'))))).toEqual(new Set([edited.bundle.split('/')[0]!]));
  });

  it("re-indexes the vocabulary part of a word new to the bundle, and keeps every other part's bytes", () => {
    const edited = stories[9]!;
    const word = 'tuesday';
    expect(stories.some((story) => wordsOf(story).includes(word))).toBe(false);
    const { rebuild, changed } = editAndRebuild(edited, `Correction: the meeting was on ${word[0]!.toUpperCase()}${word.slice(1)}.`);
    // "correction", "meeting", "was" and "tuesday" are new: the parts of their first letters.
    const parts = new Set(['correction', 'meeting', 'was', word].map((newWord) => vocabularyShardOf(newWord)!));
    expect(rebuild.output).toContain(`${bundleLine(edited.bundle)}; vocabulary parts indexed ${parts.size},`);
    const changedParts = new Set(changed.filter((path) => path.startsWith('words/')).map((path) => path.split('/')[1]!));
    expect(changedParts).toEqual(parts);
    expect(new Set(changed.map((path) => path.slice(0, path.indexOf('/'))))).toEqual(new Set([edited.bundle.split('/')[0]!, 'words']));
  });
});

/**
 * Builds the site's search index with Pagefind once every page is written
 * (`astro:build:done`). Only article pages are indexed: they alone carry
 * `data-pagefind-body`. Their headline, dek and body are weighted in that order
 * and their section and year are filters; see the article page for the attributes.
 *
 * Pagefind holds a whole index in memory until it writes it, so the archive is
 * indexed in bundles, one Pagefind index each, in <outDir>/pagefind/<bundle>/:
 * a story's bundle is its edition, year and part of the year
 * (src/lib/search-bundle.ts). Bundles are indexed one after another, with
 * Pagefind's process closed in between, so memory is bounded by the largest
 * bundle, not the archive. Each bundle is kept in the build cache under a hash
 * of its own pages and of the lock file (a Pagefind upgrade indexes anew), so
 * an edit re-indexes the edited story's bundle and links the others back.
 *
 * Pagefind answers a word that an index lacks with the pages of the longest
 * indexed word it starts with ("a" for "appliances"), so searching every bundle
 * would add wrong results from the bundles without the word. So each edition
 * also gets an index of its bundles' vocabularies, <outDir>/pagefind/[<edition>/]words/,
 * one record per bundle holding every word its stories use, filtered by bundle,
 * split by first letter so that no part needs much memory either: the search
 * page asks it which bundles hold every word of the query, then searches those
 * bundles alone (src/scripts/search.ts).
 */
import type { AstroIntegration } from 'astro';
import { createHash, type Hash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodeHTMLAttribute } from 'entities';
import * as pagefind from 'pagefind';
import { searchBundleOf } from '../lib/search-bundle.ts';
import { vocabularyShardOf, vocabularyShards } from '../lib/vocabulary-shard.ts';

const indexFolder = 'pagefind';
/** The vocabulary index's folder within an edition's part of <outDir>/pagefind/. */
const wordsFolder = 'words';
/**
 * Months of a year in one bundle. Pagefind needs about 0.34 MiB a story of the
 * index it is making, so a quarter of a national daily's year (about 2,500
 * stories at 10,000 a year) stays under 1 GiB, while ten years are 40 bundles
 * per edition for the browser to choose from.
 */
export const monthsPerBundle = 3;
/** Raised when what the cache keeps beside a bundle changes, so older entries are not read as new ones. */
const cacheLayout = 'bundle index and words.json by language and part, 3';
/**
 * Files of Pagefind's output the search page never loads: its UI (the page
 * uses its JavaScript API alone) and the search code for a language without
 * an index. The search code is loaded from the vocabulary index, so a bundle
 * needs only its language's WebAssembly.
 */
const unusedFiles = /^(?:pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)|wasm\.unknown\.pagefind)$/;
const unusedInBundles = /^pagefind(?:-worker)?\.js$/;

export interface SearchIndexResult {
  /** Pages (stories) in the bundles. */
  pages: number;
  /** Bundles indexed anew, by name. */
  indexed: string[];
  /** Bundles taken from the cache: none of their pages changed. */
  reused: string[];
  /** Parts of the vocabulary indexes (every edition's) indexed anew, and taken from the cache. */
  vocabularyParts: { indexed: number; reused: number };
  /** Where the time went, in milliseconds: digests of the pages, bundles taken from the cache, bundles indexed (words listed and cached), the vocabulary indexes. */
  ms: { digests: number; restored: number; indexed: number; vocabulary: number };
}

/** Pages read at once for a digest: twice as fast as one at a time on the 10,000-story site, with the pages in the disk cache. */
const pagesReadAtOnce = 32;

/** A digest of the lock file's bytes and of each page (path and bytes, in the order given). */
async function pagesDigest(outDir: string, pages: string[], lock: Buffer | string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(lock);
  hash.update(`\0${cacheLayout}\0${monthsPerBundle}\0${vocabularyShards}`);
  // Read a few dozen at a time, hashed in order: one read at a time waits on the disk for each page.
  for (let at = 0; at < pages.length; at += pagesReadAtOnce) {
    const batch = pages.slice(at, at + pagesReadAtOnce);
    const contents = await Promise.all(batch.map((file) => readFile(join(outDir, file))));
    batch.forEach((file, k) => hash.update(`\0${file}\0${contents[k]!.length}\0`).update(contents[k]!));
  }
  return hash.digest('hex');
}

/** The story pages below `outDir`, by bundle, in path order. */
async function pagesByBundle(outDir: string): Promise<Map<string, string[]>> {
  const bundles = new Map<string, string[]>();
  const files = (await readdir(outDir, { recursive: true })).map((file) => file.replaceAll('\\', '/')).sort();
  for (const file of files) {
    const bundle = searchBundleOf(file, monthsPerBundle);
    if (!bundle) continue;
    if (!bundles.has(bundle)) bundles.set(bundle, []);
    bundles.get(bundle)!.push(file);
  }
  return bundles;
}

/** Image descriptions in the indexed part of a page: Pagefind indexes their words, but its fragments do not keep them. */
function indexedImageText(html: string): string[] {
  const body = html.slice(html.indexOf('data-pagefind-body'), html.lastIndexOf('</article>'));
  return [...body.matchAll(/<img\s[^>]*?\balt="([^"]*)"/g)].map((match) => decodeHTMLAttribute(match[1]!));
}

/**
 * Writes one Pagefind index of `pages` into `outputPath`, in a Pagefind process
 * of its own; returns the image descriptions it indexed.
 */
async function indexPages(outDir: string, pages: string[], outputPath: string): Promise<string[]> {
  const imageText: string[] = [];
  const { index, errors } = await pagefind.createIndex();
  try {
    if (!index) throw new Error(errors.join('\n'));
    for (const sourcePath of pages) {
      const content = await readFile(join(outDir, sourcePath), 'utf8');
      // Alias redirect pages share the story address pattern; they have no body to index.
      if (!content.includes('data-pagefind-body')) continue;
      imageText.push(...indexedImageText(content));
      const added = await index.addHTMLFile({ sourcePath, content });
      if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  } finally {
    // Ends Pagefind's process, which frees the index's memory before the next bundle.
    await pagefind.close();
  }
  for (const file of await readdir(outputPath)) if (unusedFiles.test(file) || unusedInBundles.test(file)) await rm(join(outputPath, file));
  return imageText;
}

/** A bundle's words by language, then by vocabulary part (src/lib/vocabulary-shard.ts), as `words.json` keeps them. */
type WordsByLanguage = Record<string, Record<string, string[]>>;

/** Adds the words of `text` to `set` as Pagefind indexes them: a word with punctuation inside ("well-known") as a whole and as each part. */
function addWords(set: Set<string>, text: string): void {
  for (const word of text.toLowerCase().split(/\s+/)) {
    const parts = word.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (parts.length > 1) set.add(parts.join(''));
    for (const part of parts) set.add(part);
  }
}

/**
 * Every word of an index's pages, by language and vocabulary part: the text
 * Pagefind indexed, kept in its fragments, and `imageText`, counted in each of the index's languages.
 */
async function indexedWords(folder: string, imageText: string[]): Promise<WordsByLanguage> {
  const words: Record<string, Set<string>> = {};
  const fragments = join(folder, 'fragment');
  for (const name of (await readdir(fragments)).sort()) {
    const language = name.slice(0, name.indexOf('_'));
    // A fragment is gzipped JSON after Pagefind's signature.
    const text = gunzipSync(await readFile(join(fragments, name))).toString('utf8');
    const { content } = JSON.parse(text.slice(text.indexOf('{'))) as { content: string };
    const set = (words[language] ??= new Set());
    addWords(set, content);
  }
  for (const set of Object.values(words)) for (const text of imageText) addWords(set, text);
  const byShard = (set: Set<string>) => {
    const shards: Record<string, string[]> = {};
    for (const word of [...set].sort()) {
      const shard = vocabularyShardOf(word);
      if (shard !== undefined) (shards[shard] ??= []).push(word);
    }
    return shards;
  };
  return Object.fromEntries(Object.entries(words).map(([language, set]) => [language, byShard(set)]));
}

async function indexedPages(folder: string): Promise<number> {
  // The entry file counts the pages that had a body to index.
  const entry = JSON.parse(await readFile(join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * Puts the files of folder `from` at `to`, as hard links where both are on one
 * file system: a reused bundle is thousands of small files, and nothing
 * rewrites a built file in place. Copies where links cannot be made.
 */
async function linkFolder(from: string, to: string): Promise<void> {
  // Each folder is made once, not once per file in it.
  const made = new Set<string>();
  const makeFolder = async (folder: string) => {
    if (made.has(folder)) return;
    await mkdir(folder, { recursive: true });
    made.add(folder);
  };
  for (const entry of await readdir(from, { recursive: true, withFileTypes: true })) {
    const source = join(entry.parentPath, entry.name);
    const target = join(to, source.slice(from.length));
    if (entry.isDirectory()) await makeFolder(target);
    else {
      await makeFolder(dirname(target));
      await link(source, target).catch(() => copyFile(source, target));
    }
  }
}

/** Puts a cached index at `outputPath` if its key is `key`; true if it did. */
async function restoreCached(cached: string, key: string, outputPath: string): Promise<boolean> {
  if ((await readFile(join(cached, 'key'), 'utf8').catch(() => '')) !== key) return false;
  await rm(outputPath, { recursive: true, force: true });
  await linkFolder(join(cached, 'index'), outputPath);
  return true;
}

/** Keeps the index at `outputPath` in the cache under `key`, with `extra` files beside it. */
async function keepCached(cached: string, key: string, outputPath: string, extra: Record<string, string> = {}): Promise<void> {
  await rm(cached, { recursive: true, force: true });
  await mkdir(cached, { recursive: true });
  await linkFolder(outputPath, join(cached, 'index'));
  for (const [name, text] of Object.entries(extra)) await writeFile(join(cached, name), text);
  // The key is written last, so an interrupted one is never taken for a whole index.
  await writeFile(join(cached, 'key'), key);
}

/** The edition part of a bundle's name: `ru/` for `ru/2024-1`, empty for the default edition's. */
const editionPrefix = (bundle: string) => bundle.slice(0, bundle.lastIndexOf('/') + 1);
/** Where an edition's vocabulary index is cached, part by part: `vocabulary/ru`, `vocabulary/_` for the default edition. */
const vocabularyCacheFolder = (edition: string) => `vocabulary/${edition.slice(0, -1) || '_'}`;

/** A bundle, and the file in the cache listing its words by language and vocabulary part. */
type BundleWords = { bundle: string; wordsFile: string };
/** One record of a vocabulary part: a bundle's words of that part in one language. */
type VocabularyRecord = { bundle: string; language: string; words: string[] };

/**
 * Indexes the story pages in `outDir` with Pagefind, bundle by bundle, taking
 * from `cacheDir` each bundle made from the very same pages, then writes each
 * edition's vocabulary index (or takes it from the cache if no bundle changed).
 */
export async function writeSearchIndex(outDir: string, cacheDir: string, lockFile: string): Promise<SearchIndexResult> {
  const outputRoot = join(outDir, indexFolder);
  const cacheRoot = join(cacheDir, 'search-index');
  await rm(outputRoot, { recursive: true, force: true });
  const bundles = await pagesByBundle(outDir);
  // Read once: every bundle's key holds it.
  const lock = await readFile(lockFile).catch(() => 'no lock file');
  const result: SearchIndexResult = { pages: 0, indexed: [], reused: [], vocabularyParts: { indexed: 0, reused: 0 }, ms: { digests: 0, restored: 0, indexed: 0, vocabulary: 0 } };
  let mark = performance.now();
  /** Adds the time since the last mark to one of `result.ms`. */
  const lap = (part: keyof SearchIndexResult['ms']) => {
    const now = performance.now();
    result.ms[part] += now - mark;
    mark = now;
  };
  /** Each edition's bundles, with the file listing each one's words in the cache. */
  const vocabularies = new Map<string, BundleWords[]>();
  for (const [bundle, pages] of bundles) {
    const outputPath = join(outputRoot, bundle);
    const cached = join(cacheRoot, 'bundles', bundle);
    const key = await pagesDigest(outDir, pages, lock);
    lap('digests');
    if (await restoreCached(cached, key, outputPath)) {
      result.reused.push(bundle);
      lap('restored');
    } else {
      const imageText = await indexPages(outDir, pages, outputPath);
      result.indexed.push(bundle);
      await keepCached(cached, key, outputPath, { 'words.json': JSON.stringify(await indexedWords(outputPath, imageText)) });
      lap('indexed');
    }
    result.pages += await indexedPages(outputPath);
    const edition = editionPrefix(bundle);
    if (!vocabularies.has(edition)) vocabularies.set(edition, []);
    vocabularies.get(edition)!.push({ bundle, wordsFile: join(cached, 'words.json') });
  }
  for (const [edition, records] of vocabularies) {
    const parts = await writeVocabularyIndex(records, join(outputRoot, edition, wordsFolder), join(cacheRoot, vocabularyCacheFolder(edition)), lock);
    result.vocabularyParts.indexed += parts.indexed;
    result.vocabularyParts.reused += parts.reused;
  }
  lap('vocabulary');
  await pruneCache(cacheRoot, [...[...bundles.keys()].map((bundle) => `bundles/${bundle}`), ...[...vocabularies.keys()].map(vocabularyCacheFolder)]);
  return result;
}

/**
 * The vocabulary index of one edition, in parts by first letter
 * (src/lib/vocabulary-shard.ts), each its own Pagefind index in
 * `outputPath/<part>/`, indexed one after another: in a part, one record per
 * bundle and language, the bundle's words of that part as content and the
 * bundle as a filter. Records are never shown, so their URL is the bundle's name.
 * `shards.json` lists the parts that exist.
 *
 * Each part is cached under a digest of its own words, so an edit that brings
 * its bundle no new word, or new words of a few letters, re-indexes no part or those parts alone.
 */
async function writeVocabularyIndex(bundles: BundleWords[], outputPath: string, cacheFolder: string, lock: Buffer | string) {
  const keys = await vocabularyPartKeys(bundles, lock);
  const counts = { indexed: 0, reused: 0 };
  for (const [shard, key] of keys) {
    const partPath = join(outputPath, shard);
    const cached = join(cacheFolder, shard);
    if (await restoreCached(cached, key, partPath)) counts.reused++;
    else {
      await indexVocabularyShard(await vocabularyRecords(bundles, shard), partPath);
      await keepCached(cached, key, partPath);
      counts.indexed++;
    }
  }
  await writeFile(join(outputPath, 'shards.json'), JSON.stringify([...keys.keys()]));
  return counts;
}

/** Each part's key, in part order, for the parts that have words: a digest of every bundle's words in it, reading each bundle's words once. */
async function vocabularyPartKeys(bundles: BundleWords[], lock: Buffer | string): Promise<Map<string, string>> {
  const hashes = new Map<string, Hash>();
  for (const { bundle, wordsFile } of bundles) {
    const byLanguage = JSON.parse(await readFile(wordsFile, 'utf8')) as WordsByLanguage;
    for (const [language, shards] of Object.entries(byLanguage))
      for (const [shard, words] of Object.entries(shards)) {
        if (!hashes.has(shard)) hashes.set(shard, createHash('sha256').update(lock).update(`\0${cacheLayout}\0${vocabularyShards}\0${shard}`));
        hashes.get(shard)!.update(`\0${bundle}\0${language}\0${words.join(' ')}`);
      }
  }
  return new Map([...hashes].sort(([a], [b]) => parseInt(a, 16) - parseInt(b, 16)).map(([shard, hash]) => [shard, hash.digest('hex')]));
}

/** One part's records: each bundle's words of that part, by language, reading each bundle's words again so only one part is in memory. */
async function vocabularyRecords(bundles: BundleWords[], shard: string): Promise<VocabularyRecord[]> {
  const records: VocabularyRecord[] = [];
  for (const { bundle, wordsFile } of bundles) {
    const byLanguage = JSON.parse(await readFile(wordsFile, 'utf8')) as WordsByLanguage;
    for (const [language, shards] of Object.entries(byLanguage)) if (shards[shard]) records.push({ bundle, language, words: shards[shard] });
  }
  return records;
}

async function indexVocabularyShard(records: VocabularyRecord[], shardPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex();
  try {
    if (!index) throw new Error(errors.join('\n'));
    for (const { bundle, language, words } of records) {
      const added = await index.addCustomRecord({ url: `/${bundle}/`, content: words.join(' '), language, filters: { bundle: [bundle], year: [/(\d{4})-\d+$/.exec(bundle)![1]!] } });
      if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    }
    const written = await index.writeFiles({ outputPath: shardPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  } finally {
    await pagefind.close();
  }
  for (const file of await readdir(shardPath)) if (unusedFiles.test(file)) await rm(join(shardPath, file));
}

/** Drops cached bundles and vocabularies the site no longer has, and the single index of earlier builds. */
async function pruneCache(cacheRoot: string, keep: string[]): Promise<void> {
  const kept = new Set(keep);
  const below = async (folder: string) => (await readdir(join(cacheRoot, folder), { withFileTypes: true }).catch(() => [])).filter((entry) => entry.isDirectory()).map((entry) => `${folder}/${entry.name}`);
  // A bundle's folder is `bundles/2024-1` or, in another edition, `bundles/ru/2024-1`.
  const topFolders = await below('bundles');
  const bundleFolders = topFolders.filter((folder) => /\/\d{4}-\d+$/.test(folder));
  const editionFolders = topFolders.filter((folder) => !/\/\d{4}-\d+$/.test(folder));
  for (const edition of editionFolders) bundleFolders.push(...(await below(edition)));
  for (const folder of [...bundleFolders, ...(await below('vocabulary'))]) if (!kept.has(folder)) await rm(join(cacheRoot, folder), { recursive: true, force: true });
  // Earlier builds' single index and their vocabulary indexes cached whole.
  for (const stale of ['key', 'pagefind', 'words']) await rm(join(cacheRoot, stale), { recursive: true, force: true });
}

export default function searchIndex(): AstroIntegration {
  let cacheDir = '';
  let lockFile = '';
  return {
    name: 'broadsheet:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        lockFile = fileURLToPath(new URL('package-lock.json', config.root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, indexed, reused, vocabularyParts, ms } = await writeSearchIndex(fileURLToPath(dir), cacheDir, lockFile);
        const stories = `${pages} ${pages === 1 ? 'story' : 'stories'}`;
        const bundles = indexed.length + reused.length;
        logger.info(
          `search index: ${stories} in ${bundles} ${bundles === 1 ? 'bundle' : 'bundles'}; indexed ${indexed.length}${indexed.length ? ` (${indexed.join(', ')})` : ''}, reused ${reused.length} from the cache; vocabulary parts indexed ${vocabularyParts.indexed}, reused ${vocabularyParts.reused}`,
        );
        // For `npm run bench`, which reports where the search step's time went.
        if (process.env.BROADSHEET_TIMINGS) logger.info(`search index timings: ${Object.entries(ms).map(([part, time]) => `${part} ${Math.round(time)} ms`).join(', ')}`);
      },
    },
  };
}

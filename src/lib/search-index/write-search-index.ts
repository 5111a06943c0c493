/**
 * The site's search index, written with Pagefind into <outDir>/pagefind/ after
 * `astro build` has exited (scripts/finish-build.ts). Only article pages are
 * indexed: they alone carry `data-pagefind-body`. Their headline, dek and body
 * are weighted in that order and their section and year are filters; see the
 * article page for the attributes.
 *
 * Pagefind holds a whole index in memory until it writes it, so the archive is
 * indexed in bundles, one Pagefind index each, in <outDir>/pagefind/<bundle>/:
 * a story's bundle is its edition, year and part of the year
 * (src/lib/search-bundle.ts). Each bundle is indexed in a Pagefind process that
 * is closed when it is written, so memory is bounded by the largest bundles
 * being indexed at once, not the archive. Each bundle is kept in the build
 * cache under a hash of its own pages and of the lock file (a Pagefind upgrade
 * indexes anew), so an edit re-indexes the edited story's bundle and links the
 * others back. Each edition's vocabulary index (vocabulary-index.ts) tells the
 * search page which bundles hold a word.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { searchBundleOf } from '../search-bundle.ts';
import { vocabularyShards } from '../vocabulary-shard.ts';
import { indexedPages, type BundleJob } from './bundle-index.ts';
import { cacheLayout, restoreCached } from './cached-folder.ts';
import { indexInWorkers } from './index-in-worker.ts';
import { searchIndexFolder } from './pagefind-output.ts';
import { writeVocabularyIndex, type BundleWords } from './vocabulary-index.ts';

/** The vocabulary index's folder within an edition's part of <outDir>/pagefind/. */
const wordsFolder = 'words';
/**
 * Months of a year in one bundle. Pagefind needs about 0.45 MiB a story of the
 * index it is making, so a quarter of a national daily's year (about 2,500
 * stories at 10,000 a year) needs about 1.1 GiB, while ten years are 40 bundles
 * per edition for the browser to choose from.
 */
export const monthsPerBundle = 3;
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

/** The edition part of a bundle's name: `ru/` for `ru/2024-1`, empty for the default edition's. */
const editionPrefix = (bundle: string) => bundle.slice(0, bundle.lastIndexOf('/') + 1);
/** Where an edition's vocabulary index is cached, part by part: `vocabulary/ru`, `vocabulary/_` for the default edition. */
const vocabularyCacheFolder = (edition: string) => `vocabulary/${edition.slice(0, -1) || '_'}`;

/**
 * Indexes the story pages in `outDir` with Pagefind, bundle by bundle, taking
 * from `cacheDir` each bundle made from the very same pages, then writes each
 * edition's vocabulary index (or takes its parts from the cache).
 */
export async function writeSearchIndex(outDir: string, cacheDir: string, lockFile: string): Promise<SearchIndexResult> {
  const outputRoot = join(outDir, searchIndexFolder);
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
  const cachedBundle = (bundle: string) => join(cacheRoot, 'bundles', bundle);
  const jobs: BundleJob[] = [];
  for (const [bundle, pages] of bundles) {
    const outputPath = join(outputRoot, bundle);
    const key = await pagesDigest(outDir, pages, lock);
    lap('digests');
    if (await restoreCached(cachedBundle(bundle), key, outputPath)) {
      result.reused.push(bundle);
      lap('restored');
    } else jobs.push({ kind: 'bundle', bundle, outDir, pages, outputPath, cached: cachedBundle(bundle), key });
  }
  await indexInWorkers(jobs);
  result.indexed = jobs.map((job) => job.bundle);
  lap('indexed');
  /** Each edition's bundles, with the file listing each one's words in the cache. */
  const vocabularies = new Map<string, BundleWords[]>();
  for (const bundle of bundles.keys()) {
    result.pages += await indexedPages(join(outputRoot, bundle));
    const edition = editionPrefix(bundle);
    if (!vocabularies.has(edition)) vocabularies.set(edition, []);
    vocabularies.get(edition)!.push({ bundle, wordsFile: join(cachedBundle(bundle), 'words.json') });
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

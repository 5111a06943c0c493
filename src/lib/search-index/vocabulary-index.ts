/**
 * Pagefind answers a word that an index lacks with the pages of the longest
 * indexed word it starts with ("a" for "appliances"), so searching every bundle
 * would add wrong results from the bundles without the word. So each edition
 * also gets an index of its bundles' vocabularies, <outDir>/pagefind/[<edition>/]words/,
 * one record per bundle holding every word its stories use, filtered by bundle,
 * split by first letter so that no part needs much memory either: the search
 * page asks it which bundles hold every word of the query, then searches those
 * bundles alone (src/scripts/search.ts).
 */
import { createHash, type Hash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { vocabularyShards } from '../vocabulary-shard.ts';
import type { WordsByLanguage } from './bundle-index.ts';
import { cacheLayout, keepCached, restoreCached } from './cached-folder.ts';
import { indexInWorkers } from './index-in-worker.ts';
import { dropUnusedFiles } from './pagefind-output.ts';

/** A bundle, and the file in the cache listing its words by language and vocabulary part. */
export type BundleWords = { bundle: string; wordsFile: string };
/** One record of a vocabulary part: a bundle's words of that part in one language. */
type VocabularyRecord = { bundle: string; language: string; words: string[] };

/** A vocabulary part to index from the bundles' words, where it goes, and where and under which key the cache keeps it. */
export interface VocabularyPartJob {
  kind: 'vocabulary part';
  bundles: BundleWords[];
  shard: string;
  outputPath: string;
  cached: string;
  key: string;
}

/**
 * The vocabulary index of one edition, in parts by first letter
 * (src/lib/vocabulary-shard.ts), each its own Pagefind index in
 * `outputPath/<part>/`, indexed like bundles, in worker threads: in a part, one record per
 * bundle and language, the bundle's words of that part as content and the
 * bundle as a filter. Records are never shown, so their URL is the bundle's name.
 * `shards.json` lists the parts that exist.
 *
 * Each part is cached under a digest of its own words, so an edit that brings
 * its bundle no new word, or new words of a few letters, re-indexes no part or those parts alone.
 */
export async function writeVocabularyIndex(bundles: BundleWords[], outputPath: string, cacheFolder: string, lock: Buffer | string) {
  const keys = await vocabularyPartKeys(bundles, lock);
  const jobs: VocabularyPartJob[] = [];
  let reused = 0;
  for (const [shard, key] of keys) {
    const partPath = join(outputPath, shard);
    const cached = join(cacheFolder, shard);
    if (await restoreCached(cached, key, partPath)) reused++;
    else jobs.push({ kind: 'vocabulary part', bundles, shard, outputPath: partPath, cached, key });
  }
  await indexInWorkers(jobs);
  await writeFile(join(outputPath, 'shards.json'), JSON.stringify([...keys.keys()]));
  return { indexed: jobs.length, reused };
}

/** Indexes a vocabulary part and keeps it in the cache. */
export async function indexVocabularyPart({ bundles, shard, outputPath, cached, key }: VocabularyPartJob): Promise<void> {
  await indexVocabularyShard(await vocabularyRecords(bundles, shard), outputPath);
  await keepCached(cached, key, outputPath);
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
  await dropUnusedFiles(shardPath, { bundle: false });
}

/**
 * One bundle of the search index: a Pagefind index of some story pages, with
 * the list of every word they use kept beside it in the cache for the
 * vocabulary index (vocabulary-index.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHTMLAttribute } from 'entities';
import * as pagefind from 'pagefind';
import { vocabularyShardOf } from '../vocabulary-shard.ts';
import { keepCached } from './cached-folder.ts';
import { dropUnusedFiles } from './pagefind-output.ts';

/** A bundle to index: its pages below `outDir`, where its index goes, and where and under which key the cache keeps it. */
export interface BundleJob {
  kind: 'bundle';
  bundle: string;
  outDir: string;
  pages: string[];
  outputPath: string;
  cached: string;
  key: string;
}

/** A bundle's words by language, then by vocabulary part (src/lib/vocabulary-shard.ts), as `words.json` keeps them. */
export type WordsByLanguage = Record<string, Record<string, string[]>>;

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
    // Ends this thread's Pagefind process, which frees the index's memory.
    await pagefind.close();
  }
  await dropUnusedFiles(outputPath, { bundle: true });
  return imageText;
}

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

/** Indexes a bundle and keeps it in the cache with its words (`words.json`). */
export async function indexBundle({ outDir, pages, outputPath, cached, key }: BundleJob): Promise<void> {
  const imageText = await indexPages(outDir, pages, outputPath);
  await keepCached(cached, key, outputPath, { 'words.json': JSON.stringify(await indexedWords(outputPath, imageText)) });
}

/** Pages in a written index that had a body to index, as its entry file counts them. */
export async function indexedPages(folder: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * Builds the site's search index with Pagefind once every page is written
 * (`astro:build:done`), into <outDir>/pagefind/, where /search/ loads it. Only
 * article pages are indexed: they alone carry `data-pagefind-body`. Their
 * headline, dek and body are weighted in that order and their section and year
 * are filters; see the article page for the attributes.
 *
 * Indexing reads and indexes every page, so the index is kept in the build
 * cache under a hash of every page it was made from and of the lock file (a
 * Pagefind upgrade indexes anew): a build whose pages are all unchanged, such
 * as a scheduled rebuild with nothing new, copies it back.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

const indexFolder = 'pagefind';

export interface SearchIndexResult {
  /** Pages (stories) in the index. */
  pages: number;
  /** Copied from the cache: no page changed since it was made. */
  reused: boolean;
}

/** A digest of every HTML page below `outDir` (paths and bytes, in path order) and of `lockFile`. */
async function pagesDigest(outDir: string, lockFile: string): Promise<string> {
  const pages = (await readdir(outDir, { recursive: true }))
    .map((file) => file.replaceAll('\\', '/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith(`${indexFolder}/`))
    .sort();
  const hash = createHash('sha256');
  hash.update(await readFile(lockFile).catch(() => 'no lock file'));
  // Read a few at a time, hash in order.
  const width = 64;
  for (let at = 0; at < pages.length; at += width) {
    const batch = pages.slice(at, at + width);
    const contents = await Promise.all(batch.map((file) => readFile(join(outDir, file))));
    batch.forEach((file, k) => hash.update(`\0${file}\0${contents[k]!.length}\0`).update(contents[k]!));
  }
  return hash.digest('hex');
}

async function indexedPages(folder: string): Promise<number> {
  // The entry file counts the pages that had a body to index.
  const entry = JSON.parse(await readFile(join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Indexes the built site in `outDir` with Pagefind, or copies the index made from the very same pages from `cacheDir`. */
export async function writeSearchIndex(outDir: string, cacheDir: string, lockFile: string): Promise<SearchIndexResult> {
  const outputPath = join(outDir, indexFolder);
  const cached = join(cacheDir, 'search-index');
  const keyFile = join(cached, 'key');
  const key = await pagesDigest(outDir, lockFile);
  if ((await readFile(keyFile, 'utf8').catch(() => '')) === key) {
    await rm(outputPath, { recursive: true, force: true });
    await cp(join(cached, indexFolder), outputPath, { recursive: true });
    return { pages: await indexedPages(outputPath), reused: true };
  }
  const { index, errors } = await pagefind.createIndex();
  try {
    if (!index) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  } finally {
    await pagefind.close();
  }
  // The key is written last, so an interrupted copy is never taken for a whole index.
  await rm(cached, { recursive: true, force: true });
  await mkdir(cached, { recursive: true });
  await cp(outputPath, join(cached, indexFolder), { recursive: true });
  await writeFile(keyFile, key);
  return { pages: await indexedPages(outputPath), reused: false };
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
        const { pages, reused } = await writeSearchIndex(fileURLToPath(dir), cacheDir, lockFile);
        const stories = `${pages} ${pages === 1 ? 'story' : 'stories'}`;
        logger.info(reused ? `search index: no page changed, reused the index of ${stories} from the cache` : `search index: ${stories} indexed into pagefind/`);
      },
    },
  };
}

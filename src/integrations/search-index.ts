/**
 * Builds the site's search index with Pagefind once every page is written
 * (`astro:build:done`), into <outDir>/pagefind/, where /search/ loads it. Only
 * article pages are indexed: they alone carry `data-pagefind-body`. Their
 * headline, dek and body are weighted in that order and their section and year
 * are filters; see the article page for the attributes.
 */
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Indexes the built site in `outDir`; returns how many pages (stories) went into the index. */
export async function writeSearchIndex(outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex();
  try {
    if (!index) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    const outputPath = join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    // `addDirectory` counts every page it read; the entry file counts those with a body to index.
    const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  } finally {
    await pagefind.close();
  }
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'broadsheet:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`search index: ${pages} ${pages === 1 ? 'story' : 'stories'} indexed into pagefind/`);
      },
    },
  };
}

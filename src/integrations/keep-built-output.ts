/**
 * Keeps the output folder between builds instead of letting Astro empty it
 * (`vite.build.emptyOutDir: false` in astro.config.mjs): a page whose cacheKey
 * did not change then stays where it is, rather than being copied back from
 * the cache, and at the end the files no longer built are removed. A build
 * that stopped halfway may have left a page half-written, so the next build
 * after it starts from an empty folder, as does a build into another folder.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { searchIndexFolder } from '../lib/search-index/pagefind-output.ts';
import { staleOutputFiles } from '../lib/stale-output-files.ts';

/** Folders at the top of the output the build leaves alone: the search step's own, and a deploy's git work tree. */
const otherSteps = [searchIndexFolder, '.git'];

export default function keepBuiltOutput({ outDir, cacheDir }: { outDir: string; cacheDir: string }): AstroIntegration {
  // Holds the output folder of the last build that finished; removed while a build runs.
  const finished = join(cacheDir, 'output-finished');
  let writtenSince = 0;
  return {
    name: 'broadsheet:keep-built-output',
    hooks: {
      'astro:build:start': ({ logger }) => {
        let finishedInto = '';
        try {
          finishedInto = readFileSync(finished, 'utf8');
        } catch {
          // No build has finished with this cache.
        }
        if (finishedInto !== outDir && existsSync(outDir)) {
          for (const entry of readdirSync(outDir, { withFileTypes: true }).filter((entry) => !otherSteps.includes(entry.name)))
            rmSync(join(outDir, entry.name), { recursive: true, force: true });
          logger.info('no finished build in this folder: starting from an empty one');
        }
        rmSync(finished, { force: true });
        // The file system's own clock, which stamps the files this build writes.
        const started = join(cacheDir, 'output-started');
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(started, '');
        writtenSince = statSync(started).mtimeMs;
      },
      'astro:build:done': ({ assets, logger }) => {
        const kept = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const stale = staleOutputFiles(outDir, { writtenSince, kept, skipped: otherSteps });
        for (const file of stale) rmSync(file);
        for (const folder of new Set(stale.map(dirname))) removeEmptyFolders(folder, outDir);
        if (stale.length > 0) logger.info(`removed ${stale.length} ${stale.length === 1 ? 'file' : 'files'} this build no longer makes`);
        writeFileSync(finished, outDir);
      },
    },
  };
}

/** Removes `folder` and the folders above it, up to `root`, while they are empty. */
function removeEmptyFolders(folder: string, root: string) {
  for (let current = folder; current.startsWith(`${root}${sep}`); current = dirname(current)) {
    try {
      rmdirSync(current);
    } catch {
      return;
    }
  }
}

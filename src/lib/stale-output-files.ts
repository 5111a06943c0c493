/**
 * The files in a build's output folder that the build neither wrote nor kept:
 * what an earlier build left there. The build keeps its output folder between
 * builds (src/integrations/keep-built-output.ts), so a page no longer built (a
 * story deleted, unpublished, embargoed or renamed) is found here and removed.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface StaleOutputOptions {
  /** The file system's time at the build's start: a file written since then is this build's. */
  writtenSince: number;
  /** Absolute paths of the files this build kept in place without writing them. */
  kept: ReadonlySet<string>;
  /** Folders at the top of the output that another step owns (the search index, a deploy's `.git`). */
  skipped: readonly string[];
}

export function staleOutputFiles(dir: string, { writtenSince, kept, skipped }: StaleOutputOptions): string[] {
  const stale: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (folder !== dir || !skipped.includes(entry.name)) walk(path);
      } else if (!kept.has(path) && lstatSync(path).mtimeMs < writtenSince) stale.push(path);
    }
  };
  walk(dir);
  return stale;
}

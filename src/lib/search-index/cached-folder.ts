/**
 * A built folder kept in the build cache under a key, and put back into the
 * output when the key matches: how the search index reuses the bundles and
 * vocabulary parts whose input did not change.
 */
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Raised when what the cache keeps beside an index changes, so older entries are not read as new ones. */
export const cacheLayout = 'bundle index and words.json by language and part, 3';

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
export async function restoreCached(cached: string, key: string, outputPath: string): Promise<boolean> {
  if ((await readFile(join(cached, 'key'), 'utf8').catch(() => '')) !== key) return false;
  await rm(outputPath, { recursive: true, force: true });
  await linkFolder(join(cached, 'index'), outputPath);
  return true;
}

/** Keeps the index at `outputPath` in the cache under `key`, with `extra` files beside it. */
export async function keepCached(cached: string, key: string, outputPath: string, extra: Record<string, string> = {}): Promise<void> {
  await rm(cached, { recursive: true, force: true });
  await mkdir(cached, { recursive: true });
  await linkFolder(outputPath, join(cached, 'index'));
  for (const [name, text] of Object.entries(extra)) await writeFile(join(cached, name), text);
  // The key is written last, so an interrupted one is never taken for a whole index.
  await writeFile(join(cached, 'key'), key);
}

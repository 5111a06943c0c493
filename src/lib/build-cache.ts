/**
 * Where a build keeps work for the next one: Astro's own caches and ours
 * (social cards, renditions for feeds). ASTRO_CACHE_DIR gives tests and
 * parallel builds their own.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeFileWhole } from './write-file-whole.ts';

export const cacheDir = resolve(process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro');

/**
 * The bytes cached in `file`, or `make()`'s, stored there first, whole (a
 * build that stops halfway leaves no truncated file to reuse or for Astro to copy).
 */
export async function cachedFile(file: string, make: () => Promise<Buffer>): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch {
    // Not made yet: make it below.
  }
  const bytes = await make();
  writeFileWhole(file, bytes);
  return bytes;
}

/**
 * Where a build keeps work for the next one: Astro's own caches and ours
 * (social cards, renditions for feeds). ASTRO_CACHE_DIR gives tests and
 * parallel builds their own.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

export const cacheDir = resolve(process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro');

/**
 * The bytes cached in `file`, or `make()`'s, stored there first. Written aside
 * and renamed, so a build that stops halfway never leaves a truncated file to
 * reuse, and Astro never copies a half-written one.
 */
export async function cachedFile(file: string, make: () => Promise<Buffer>): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch {
    // Not made yet: make it below.
  }
  const bytes = await make();
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${randomUUID()}.tmp`;
  await writeFile(partial, bytes);
  await rename(partial, file);
  return bytes;
}

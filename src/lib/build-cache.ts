/**
 * Where a build keeps work for the next one: Astro's own caches and ours
 * (social cards). ASTRO_CACHE_DIR gives tests and parallel builds their own.
 */
import { resolve } from 'node:path';

export const cacheDir = resolve(process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro');

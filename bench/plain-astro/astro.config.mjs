// @ts-check
/**
 * The baseline for `npm run bench`: a plain Astro site that builds one page
 * per story of the same generated archive (CONTENT_DIR) with Astro's default
 * Markdown processor, and nothing else: no fronts, tags, feeds or images.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://plain.example.com',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  outDir: process.env.OUT_DIR ?? './dist',
});

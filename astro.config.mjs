// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import contentCheck from './src/integrations/content-check.ts';
import { rehypePlugins, remarkPlugins } from './src/markdown/index.ts';
import { site } from './src/site.config.ts';

export default defineConfig({
  site: site.url,
  base: site.basePath,
  trailingSlash: 'always',
  // Tests and benchmarks build other content trees (CONTENT_DIR); each keeps its own content cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  outDir: process.env.OUT_DIR ?? './dist',
  integrations: [contentCheck()],
  // Body images get a srcset like the hero: phones never download the desktop size.
  image: { layout: 'constrained', breakpoints: [400, 800, 1200] },
  markdown: {
    // remark-smartypants is replaced by our own, much faster smart punctuation plugin.
    processor: unified({ remarkPlugins, rehypePlugins, gfm: true, smartypants: false }),
  },
});

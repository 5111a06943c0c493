// @ts-check
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import checkContentBeforeBuild, { checkedArticles, checkedUpdates } from './src/integrations/check-content-before-build.ts';
import keepBuiltOutput from './src/integrations/keep-built-output.ts';
import { cacheDir } from './src/lib/build-cache.ts';
import { contentRoot } from './src/lib/content-root.ts';
import { editionFolder, languageOfFile } from './src/lib/editions.ts';
import { outDir } from './src/lib/out-dir.ts';
import { isUnwatchedPath } from './src/lib/unwatched-path.ts';
import { withNewestUpdates } from './src/lib/live/with-newest-updates.ts';
import { lastModifiedByUrl, lastModifiedOf, syndicatedUrls, translationLinksByUrl } from './src/lib/sitemaps.ts';
import { rehypePlugins, remarkPlugins } from './src/markdown/index.ts';
import { site } from './src/site.config.ts';

// V8 lets a heap grow to several times what is alive before it collects, and a large archive's content sync
// makes garbage fast: most of Astro's peak memory was garbage. Growing by half of what is alive keeps the
// peak near what the build needs, at the cost of more frequent collections (docs/performance.md).
setFlagsFromString('--heap-growing-percent=50');

/** Each edition's content folder, path and language, for the sitemap. */
const sitemapEditions = site.editions.map((edition) => ({ folder: editionFolder(edition, site.editions), path: edition.path, language: edition.language }));

/** @type {Map<string, Date> | undefined} */
let lastModified;
/** @type {Map<string, { lang: string; url: string }[]> | undefined} */
let translations;
/** @type {Set<string> | undefined} */
let syndicated;

/** The sitemap lists canonical pages only: not the 404 page, nor a syndicated story, whose canonical is its original. */
function isCanonical(/** @type {string} */ page) {
  syndicated ??= syndicatedUrls(checkedArticles(), site, sitemapEditions);
  return !/\/404(\.html|\/)?$/.test(page) && !syndicated.has(page);
}

/**
 * Each page's `lastmod` (a story's `updatedAt ?? publishedAt`, a live story's newest update, a front's newest
 * story) and, for a story with translations, its language versions as `xhtml:link` pairs.
 */
function withLastModified(/** @type {import('@astrojs/sitemap').SitemapItem} */ item) {
  const now = new Date();
  lastModified ??= lastModifiedByUrl(withNewestUpdates(checkedArticles(), checkedUpdates(), now), now, site, sitemapEditions);
  translations ??= translationLinksByUrl(checkedArticles(), now, site, sitemapEditions);
  const date = lastModifiedOf(lastModified, item.url);
  const links = translations.get(item.url);
  return { ...item, ...(date && { lastmod: date.toISOString() }), ...(links && { links }) };
}

export default defineConfig({
  site: site.url,
  base: site.basePath,
  trailingSlash: 'always',
  // Tests and benchmarks build other content trees (CONTENT_DIR); each keeps its own content cache.
  cacheDir,
  outDir,
  // The search index and the site's size come after Astro's process has exited (scripts/finish-build.ts).
  // keepBuiltOutput comes last: it removes what this build did not write, the sitemap's files included.
  integrations: [checkContentBeforeBuild(), sitemap({ filter: isCanonical, serialize: withLastModified }), keepBuiltOutput({ outDir, cacheDir })],
  // Body images get a srcset like the hero: phones never download the desktop size.
  image: { layout: 'constrained', breakpoints: [400, 800, 1200] },
  markdown: {
    // remark-smartypants is replaced by our own, much faster smart punctuation plugin, quoting in each edition's language.
    processor: unified({ remarkPlugins: remarkPlugins({ languageOf: (path) => languageOfFile(contentRoot, site.editions, path) }), rehypePlugins: rehypePlugins({ siteUrl: site.url, basePath: site.basePath, embedHosts: site.embedHosts }), gfm: true, smartypants: false }),
  },
  // Pages whose code and cacheKey are unchanged are copied from the previous build in cacheDir instead
  // of rendered: a one-story edit re-renders a few pages. Keys are made from each page's props in one
  // place (src/data/static-paths.ts), and pages render from their props alone.
  experimental: { incrementalBuild: true },
  // An unchanged page stays in the output folder rather than being copied back; keepBuiltOutput removes what is no longer built.
  // Vite stops watching the output folder only while it empties it, so `astro dev` is told to leave it, and the
  // test and benchmark trees, alone.
  vite: {
    build: { emptyOutDir: false },
    server: { watch: { ignored: [(/** @type {string} */ path) => isUnwatchedPath(path, [outDir, resolve('tests/.builds')], contentRoot)] } },
  },
  // Two pages at a time: share cards and images are drawn off the main thread, so one page's drawing
  // overlaps another's rendering, and the pages come out the same.
  build: { concurrency: 2 },
});

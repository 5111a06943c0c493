/**
 * The site's own top-level routes. Body links to them are valid, and no
 * section may take their names (a section front lives at /<section-id>/).
 */
export const staticPaths: readonly string[] = [
  '/',
  '/rss.xml',
  '/feed.json',
  '/news-sitemap.xml',
  '/sitemap-index.xml',
  '/sitemap-0.xml',
  '/robots.txt',
  '/logo.png',
  '/redirects.json',
  '/archive/',
  '/search/',
];

/** Besides the routes above: Astro's assets, Pagefind's index and the 404 page. */
export const reservedSectionIds: readonly string[] = ['tags', 'authors', 'page', 'archive', 'search', 'feeds', 'assets', '_astro', 'pagefind', '404'];

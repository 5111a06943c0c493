/**
 * What a built file is, for `npm run deploy`: which Cache-Control it gets and
 * when it is uploaded. Paths are relative to the build folder, with forward slashes.
 *
 * - `fingerprinted`: its name changes whenever its bytes do (Astro's `_astro/`
 *   bundles and images, Pagefind's index fragments), so it may be cached for ever;
 * - `asset`: any other file a page loads or links to (share cards, the logo,
 *   Pagefind's entry file and scripts), whose name stays when its bytes change;
 * - `page`: an HTML page;
 * - `feed`: the feeds, the sitemaps and robots.txt, which name the pages.
 */
export type ObjectKind = 'fingerprinted' | 'asset' | 'page' | 'feed';

/** Pagefind's fragments, index chunks, filters and meta file carry a hash of their content: `fragment/en_1f3145c.pf_fragment`. */
const pagefindFingerprint = /^pagefind\/(?:.+\/)?[^/]+_[0-9a-f]{7,}\.pf_[a-z]+$/;

export function objectKind(path: string): ObjectKind {
  if (path.startsWith('_astro/') || pagefindFingerprint.test(path)) return 'fingerprinted';
  if (path.endsWith('.html')) return 'page';
  if (path.endsWith('.xml') || path.endsWith('/feed.json') || path === 'feed.json' || path === 'robots.txt') return 'feed';
  return 'asset';
}

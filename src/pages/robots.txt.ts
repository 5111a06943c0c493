import type { APIRoute } from 'astro';
import { getContent } from '../data/collections.ts';
import { inEdition } from '../lib/editions.ts';
import { robotsTxt } from '../lib/sitemaps.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { site } from '../site.config.ts';

/** The sitemap index and every edition's News sitemap. */
export const GET: APIRoute = async () => {
  const { editions } = await getContent();
  const newsSitemaps = editions.map(({ edition }) => absoluteUrl(inEdition('/news-sitemap.xml', edition), site));
  return new Response(robotsTxt([absoluteUrl('/sitemap-index.xml', site), ...newsSitemaps]));
};

import type { APIRoute } from 'astro';
import { getNewsroom } from '../data/collections.ts';
import { newsSitemapStories, newsSitemapXml } from '../lib/sitemaps.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const stories = newsSitemapStories((await getNewsroom()).stories, new Date());
  return new Response(newsSitemapXml(stories, { name: site.name, language: site.language }, site), {
    headers: { 'Content-Type': 'application/xml' },
  });
};

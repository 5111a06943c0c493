import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../../data/collections.ts';
import { editionPaths } from '../../data/static-paths.ts';
import type { Edition } from '../../lib/editions.ts';
import { newsSitemapStories, newsSitemapXml } from '../../lib/sitemaps.ts';
import { site } from '../../site.config.ts';

/** Each edition's own News sitemap, in its language (`/news-sitemap.xml`, `/ru/news-sitemap.xml`). */
export const getStaticPaths = (() => editionPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition }> = async ({ props: { edition } }) => {
  const { newsroom } = (await getContent()).editions.find((entry) => entry.edition.id === edition.id)!;
  const stories = newsSitemapStories(newsroom.stories, new Date());
  return new Response(newsSitemapXml(stories, { name: edition.name, language: edition.language }, site), {
    headers: { 'Content-Type': 'application/xml' },
  });
};

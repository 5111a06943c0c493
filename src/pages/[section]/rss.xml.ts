import type { APIRoute, GetStaticPaths } from 'astro';
import { rssResponse } from '../../data/feeds.ts';
import { feedCacheKey, getNewsroom } from '../../data/newsroom.ts';
import { sectionFeed } from '../../lib/feed.ts';
import type { Section } from '../../lib/newsroom.ts';
import { site } from '../../site.config.ts';

export const getStaticPaths = (async () => {
  const newsroom = await getNewsroom();
  return newsroom.sections.map((section) => ({ params: { section: section.id }, props: { section }, cacheKey: feedCacheKey(newsroom, section, newsroom.sectionStories(section.id)) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: Section }> = async ({ props: { section } }) =>
  rssResponse(sectionFeed(section, site.name), (await getNewsroom()).sectionStories(section.id));

import type { APIRoute, GetStaticPaths } from 'astro';
import { rssResponse } from '../../../data/feeds.ts';
import { feedCacheKey, getNewsroom } from '../../../data/newsroom.ts';
import { tagFeed } from '../../../lib/feed.ts';
import type { Tag } from '../../../lib/newsroom.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const newsroom = await getNewsroom();
  return newsroom.tags.map((tag) => ({ params: { tag: tag.slug }, props: { tag }, cacheKey: feedCacheKey(newsroom, tag, newsroom.tagStories(tag.slug)) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ tag: Tag }> = async ({ props: { tag } }) =>
  rssResponse(tagFeed(tag, site.name), (await getNewsroom()).tagStories(tag.slug));

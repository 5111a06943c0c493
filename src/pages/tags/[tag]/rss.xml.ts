import type { APIRoute, GetStaticPaths } from 'astro';
import { rssResponse } from '../../../data/feeds.ts';
import { getNewsroom } from '../../../data/newsroom.ts';
import { tagFeed } from '../../../lib/feed.ts';
import type { Tag } from '../../../lib/newsroom.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const newsroom = await getNewsroom();
  return newsroom.tags.map((tag) => ({ params: { tag: tag.slug }, props: { tag } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ tag: Tag }> = async ({ props: { tag } }) =>
  rssResponse(tagFeed(tag, site.name), (await getNewsroom()).tagStories(tag.slug));

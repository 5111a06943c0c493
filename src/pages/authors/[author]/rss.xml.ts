import type { APIRoute, GetStaticPaths } from 'astro';
import { rssResponse } from '../../../data/feeds.ts';
import { feedCacheKey, getNewsroom } from '../../../data/newsroom.ts';
import { authorFeed } from '../../../lib/feed.ts';
import type { Author } from '../../../lib/newsroom.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const newsroom = await getNewsroom();
  return newsroom.authors.map((author) => ({ params: { author: author.id }, props: { author }, cacheKey: feedCacheKey(newsroom, author, newsroom.authorStories(author.id)) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ author: Author<unknown> }> = async ({ props: { author } }) =>
  rssResponse(authorFeed(author, site.name), (await getNewsroom()).authorStories(author.id));

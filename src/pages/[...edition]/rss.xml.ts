import type { APIRoute, GetStaticPaths } from 'astro';
import { feedItems, rssResponse } from '../../data/feeds.ts';
import { getContent } from '../../data/collections.ts';
import { editionPaths } from '../../data/static-paths.ts';
import type { Edition } from '../../lib/editions.ts';
import { siteFeed } from '../../lib/feed.ts';

export const getStaticPaths = (() => editionPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition }> = async ({ props: { edition } }) => {
  const { editions, articleEntry } = await getContent();
  const { newsroom } = editions.find((entry) => entry.edition.id === edition.id)!;
  return rssResponse(siteFeed(edition), feedItems(newsroom.stories, articleEntry), edition, 'site');
};

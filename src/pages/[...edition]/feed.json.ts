import type { APIRoute, GetStaticPaths } from 'astro';
import { feedItems, jsonFeedResponse } from '../../data/feeds.ts';
import { getContent } from '../../data/collections.ts';
import { editionPaths } from '../../data/static-paths.ts';
import type { Edition } from '../../lib/editions.ts';

export const getStaticPaths = (() => editionPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition }> = async ({ props: { edition } }) => {
  const { editions, articleEntry } = await getContent();
  const { newsroom } = editions.find((entry) => entry.edition.id === edition.id)!;
  return jsonFeedResponse(feedItems(newsroom.stories, articleEntry), edition);
};

import type { APIRoute } from 'astro';
import { feedItems, jsonFeedResponse } from '../data/feeds.ts';
import { getContent } from '../data/collections.ts';

export const GET: APIRoute = async () => {
  const { newsroom, articleEntry } = await getContent();
  return jsonFeedResponse('/feed.json', feedItems(newsroom.stories, articleEntry));
};

import type { APIRoute } from 'astro';
import { feedItems, rssResponse } from '../data/feeds.ts';
import { getContent } from '../data/collections.ts';
import { siteFeed } from '../lib/feed.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const { newsroom, articleEntry } = await getContent();
  return rssResponse(siteFeed(site), feedItems(newsroom.stories, articleEntry));
};

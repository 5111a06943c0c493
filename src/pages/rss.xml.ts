import type { APIRoute } from 'astro';
import { rssResponse } from '../data/feeds.ts';
import { getNewsroom } from '../data/newsroom.ts';
import { siteFeed } from '../lib/feed.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () => rssResponse(siteFeed(site), (await getNewsroom()).stories);

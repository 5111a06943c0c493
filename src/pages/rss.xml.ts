import type { APIRoute } from 'astro';
import { feedItems, rssResponse } from '../data/feeds.ts';
import { getNewsroom } from '../data/collections.ts';
import { siteFeed } from '../lib/feed.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () => rssResponse(siteFeed(site), await feedItems((await getNewsroom()).stories));

import type { APIRoute } from 'astro';
import { feedItems, rssResponse } from '../data/feeds.ts';
import { getNewsroom } from '../data/collections.ts';
import { siteFeed } from '../lib/feed.ts';
import { site } from '../site.config.ts';

// A route without parameters has no getStaticPaths, so no cacheKey: Astro renders it on every build.
export const GET: APIRoute = async () => rssResponse(siteFeed(site), await feedItems((await getNewsroom()).stories));

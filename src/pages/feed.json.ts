import type { APIRoute } from 'astro';
import { feedItems, jsonFeedResponse } from '../data/feeds.ts';
import { getNewsroom } from '../data/collections.ts';

// A route without parameters has no getStaticPaths, so no cacheKey: Astro renders it on every build.
export const GET: APIRoute = async () => jsonFeedResponse('/feed.json', await feedItems((await getNewsroom()).stories));

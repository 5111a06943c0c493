import type { APIRoute } from 'astro';
import { jsonFeedResponse } from '../data/feeds.ts';
import { getNewsroom } from '../data/newsroom.ts';

export const GET: APIRoute = async () => jsonFeedResponse('/feed.json', (await getNewsroom()).stories);

import type { APIRoute } from 'astro';
import { feedItems, jsonFeedResponse } from '../data/feeds.ts';
import { getNewsroom } from '../data/collections.ts';

export const GET: APIRoute = async () => jsonFeedResponse('/feed.json', await feedItems((await getNewsroom()).stories));

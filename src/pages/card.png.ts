import type { APIRoute } from 'astro';
import { cacheDir } from '../lib/build-cache.ts';
import { siteCardText } from '../lib/site-card.ts';
import { socialCard } from '../lib/social-card.ts';
import { site } from '../site.config.ts';

/** The site's share card, for pages that picture nothing of their own. */
export const GET: APIRoute = async () => new Response(new Uint8Array(await socialCard(siteCardText(site), cacheDir)), { headers: { 'Content-Type': 'image/png' } });

import type { APIRoute } from 'astro';
import { logo } from '../lib/seo.ts';
import { drawLogo } from '../lib/social-card.ts';
import { site } from '../site.config.ts';

/** The publisher logo that structured data points to. */
export const GET: APIRoute = async () => new Response(new Uint8Array(await drawLogo(site.name, logo.size)), { headers: { 'Content-Type': 'image/png' } });

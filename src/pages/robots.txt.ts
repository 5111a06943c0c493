import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/sitemaps.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = () => new Response(robotsTxt([absoluteUrl('/sitemap-index.xml', site), absoluteUrl('/news-sitemap.xml', site)]));

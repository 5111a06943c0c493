import type { APIRoute, GetStaticPaths } from 'astro';
import { editionPaths } from '../../data/static-paths.ts';
import { cacheDir } from '../../lib/build-cache.ts';
import type { Edition } from '../../lib/editions.ts';
import { siteCardText } from '../../lib/site-card.ts';
import { socialCard } from '../../lib/social-card.ts';

/** Each edition's share card, for its pages that picture nothing of their own. */
export const getStaticPaths = (() => editionPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition }> = async ({ props: { edition } }) =>
  new Response(new Uint8Array(await socialCard(siteCardText(edition), cacheDir)), { headers: { 'Content-Type': 'image/png' } });

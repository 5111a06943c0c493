import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewsroom, pageCacheKey } from '../../data/newsroom.ts';
import { cacheDir } from '../../lib/build-cache.ts';
import type { Section } from '../../lib/newsroom.ts';
import { sectionCardText } from '../../lib/section-card.ts';
import { socialCard } from '../../lib/social-card.ts';
import { site } from '../../site.config.ts';

/** Each section's share card: its front's picture, and its older stories' without a photo. */
export const getStaticPaths = (async () => {
  const newsroom = await getNewsroom();
  return newsroom.sections.map((section) => ({ params: { section: section.id }, props: { section }, cacheKey: pageCacheKey(newsroom, section) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: Section }> = async ({ props: { section } }) => {
  const card = await socialCard(sectionCardText(section, site.name), cacheDir);
  return new Response(new Uint8Array(card), { headers: { 'Content-Type': 'image/png' } });
};

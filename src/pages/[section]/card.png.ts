import type { APIRoute, GetStaticPaths } from 'astro';
import { staticPaths } from '../../data/static-paths.ts';
import { cacheDir } from '../../lib/build-cache.ts';
import { sectionCardText } from '../../lib/section-card.ts';
import { socialCard, type CardText } from '../../lib/social-card.ts';
import { site } from '../../site.config.ts';

/** Each section's share card: its front's picture, and its older stories' without a photo. */
export const getStaticPaths = (() =>
  staticPaths(({ newsroom }) => newsroom.sections.map((section) => ({ params: { section: section.id }, props: { text: sectionCardText(section, site.name) } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: CardText }> = async ({ props: { text } }) => {
  const card = await socialCard(text, cacheDir);
  return new Response(new Uint8Array(card), { headers: { 'Content-Type': 'image/png' } });
};

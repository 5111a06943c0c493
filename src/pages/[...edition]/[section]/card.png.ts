import type { APIRoute, GetStaticPaths } from 'astro';
import { editionStaticPaths } from '../../../data/static-paths.ts';
import { cacheDir } from '../../../lib/build-cache.ts';
import { sectionCardText } from '../../../lib/section-card.ts';
import { socialCard, type CardText } from '../../../lib/social-card.ts';

/** Each section's share card: its front's picture, and its older stories' without a photo. */
export const getStaticPaths = (() =>
  editionStaticPaths(({ newsroom, edition }) =>
    newsroom.sections.map((section) => ({ params: { section: section.id }, props: { text: sectionCardText(section, edition.name) } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: CardText }> = async ({ props: { text } }) => {
  const card = await socialCard(text, cacheDir);
  return new Response(new Uint8Array(card), { headers: { 'Content-Type': 'image/png' } });
};

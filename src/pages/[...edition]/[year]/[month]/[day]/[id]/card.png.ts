import type { APIRoute, GetStaticPaths } from 'astro';
import { shareKindOf } from '../../../../../../data/share-kind.ts';
import { editionStaticPaths } from '../../../../../../data/static-paths.ts';
import { cacheDir } from '../../../../../../lib/build-cache.ts';
import { socialCard, type CardText } from '../../../../../../lib/social-card.ts';

/** A drawn share card for each story that shares one: recent, without a photo or its own `socialImage` (src/lib/share-image.ts). */
export const getStaticPaths = (() =>
  editionStaticPaths(({ newsroom, edition }, content) =>
    newsroom.stories
      .filter((story) => shareKindOf(story, content) === 'card')
      .map((story) => {
        const [year, month, day] = story.path.split('/').filter(Boolean).slice(-4, -1);
        return { params: { year, month, day, id: story.id }, props: { text: { kicker: story.section.title, headline: story.title, footer: edition.name } } };
      }),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: CardText }> = async ({ props: { text } }) => {
  const card = await socialCard(text, cacheDir);
  return new Response(new Uint8Array(card), { headers: { 'Content-Type': 'image/png' } });
};

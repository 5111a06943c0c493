import type { APIRoute, GetStaticPaths } from 'astro';
import { shareKindOf } from '../../../../../data/share-kind.ts';
import { staticPaths } from '../../../../../data/static-paths.ts';
import { cacheDir } from '../../../../../lib/build-cache.ts';
import { socialCard, type CardText } from '../../../../../lib/social-card.ts';
import { site } from '../../../../../site.config.ts';

/** A drawn share card for each story that shares one: recent, without a photo or its own `socialImage` (src/lib/share-image.ts). */
export const getStaticPaths = (() =>
  staticPaths((content) =>
    content.newsroom.stories
      .filter((story) => shareKindOf(story, content) === 'card')
      .map((story) => {
        const [year, month, day] = story.path.split('/').filter(Boolean);
        return { params: { year, month, day, id: story.id }, props: { kicker: story.section.title, headline: story.title, footer: site.name } };
      }),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<CardText> = async ({ props }) => {
  const card = await socialCard(props, cacheDir);
  return new Response(new Uint8Array(card), { headers: { 'Content-Type': 'image/png' } });
};

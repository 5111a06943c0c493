import type { APIRoute, GetStaticPaths, ImageMetadata } from 'astro';
import { getNewsroom, pageCacheKey } from '../../../../../data/newsroom.ts';
import { shareImageKinds } from '../../../../../data/share-kinds.ts';
import { cacheDir } from '../../../../../lib/build-cache.ts';
import type { Story } from '../../../../../lib/newsroom.ts';
import { socialCard } from '../../../../../lib/social-card.ts';
import { site } from '../../../../../site.config.ts';

/** A drawn share card for each story that shares one: recent, without a photo or its own `socialImage` (src/lib/share-image.ts). */
export const getStaticPaths = (async () => {
  const [newsroom, shareKinds] = await Promise.all([getNewsroom(), shareImageKinds()]);
  return newsroom.stories
    .filter((story) => shareKinds.get(story.id) === 'card')
    .map((story) => {
      const [year, month, day] = story.path.split('/').filter(Boolean);
      // The card shows the story's headline and section: while the story is unchanged, the built card is reused.
      return { params: { year, month, day, id: story.id }, props: { story }, cacheKey: pageCacheKey(newsroom, story) };
    });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ story: Story<ImageMetadata> }> = async ({ props: { story } }) => {
  const card = await socialCard({ kicker: story.section.title, headline: story.title, footer: site.name }, cacheDir);
  return new Response(new Uint8Array(card), { headers: { 'Content-Type': 'image/png' } });
};

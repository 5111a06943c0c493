import type { APIRoute, GetStaticPaths, ImageMetadata } from 'astro';
import { getCollection } from 'astro:content';
import { getNewsroom, pageCacheKey } from '../../../../../data/newsroom.ts';
import { sourceFile } from '../../../../../data/renditions.ts';
import { cacheDir } from '../../../../../lib/build-cache.ts';
import type { Story } from '../../../../../lib/newsroom.ts';
import { socialCard } from '../../../../../lib/social-card.ts';
import { site } from '../../../../../site.config.ts';

/** A drawn share card for every story that does not bring its own `socialImage`. */
export const getStaticPaths = (async () => {
  const newsroom = await getNewsroom();
  const ownCards = new Set((await getCollection('articles', (entry) => entry.data.socialImage)).map((entry) => entry.id));
  return newsroom.stories
    .filter((story) => !ownCards.has(story.id))
    .map((story) => {
      const [year, month, day] = story.path.split('/').filter(Boolean);
      // The card shows the story's headline, section and photo: while the story is unchanged, the built card is reused.
      return { params: { year, month, day, id: story.id }, props: { story }, cacheKey: pageCacheKey(newsroom, story) };
    });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ story: Story<ImageMetadata> }> = async ({ props: { story } }) => {
  const photo = story.image && sourceFile(story.image.src);
  const card = await socialCard({ headline: story.title, section: story.section.title, siteName: site.name, photo }, cacheDir);
  return new Response(new Uint8Array(card), { headers: { 'Content-Type': 'image/png' } });
};

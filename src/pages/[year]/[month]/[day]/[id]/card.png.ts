import type { APIRoute, GetStaticPaths, ImageMetadata } from 'astro';
import { sourceFile } from '../../../../../data/renditions.ts';
import { staticPaths } from '../../../../../data/static-paths.ts';
import { cacheDir } from '../../../../../lib/build-cache.ts';
import { socialCard } from '../../../../../lib/social-card.ts';
import { site } from '../../../../../site.config.ts';

/** A drawn share card for every story that does not bring its own `socialImage`: its headline, section and photo. */
export const getStaticPaths = (() =>
  staticPaths(({ newsroom, articleEntry }) =>
    newsroom.stories
      .filter((story) => !articleEntry(story.id).data.socialImage)
      .map((story) => {
        const [year, month, day] = story.path.split('/').filter(Boolean);
        return { params: { year, month, day, id: story.id }, props: { headline: story.title, section: story.section.title, photo: story.image?.src } };
      }),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ headline: string; section: string; photo?: ImageMetadata }> = async ({ props: { headline, section, photo } }) => {
  const card = await socialCard({ headline, section, siteName: site.name, photo: photo && sourceFile(photo) }, cacheDir);
  return new Response(new Uint8Array(card), { headers: { 'Content-Type': 'image/png' } });
};

/**
 * The static paths of the files beside each live story's page (updates.json,
 * rss.xml): one per live story, keyed by the story and its updates' bodies.
 */
import type { ImageMetadata } from 'astro';
import { entryDigest, getNewsroom, pageCacheKey } from './newsroom.ts';
import type { Story } from '../lib/newsroom.ts';

export async function livePaths() {
  const newsroom = await getNewsroom();
  return newsroom.stories.flatMap((story) => {
    if (!story.live) return [];
    const [year, month, day] = story.path.split('/').filter(Boolean);
    const digests = story.live.updates.map((update) => entryDigest('updates', update.id));
    return [{ params: { year, month, day, id: story.id }, props: { story: story as LiveStory }, cacheKey: pageCacheKey(newsroom, story, digests) }];
  });
}

export type LiveStory = Story<ImageMetadata> & Required<Pick<Story<ImageMetadata>, 'live'>>;

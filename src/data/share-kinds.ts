/**
 * The kind of picture each story of this build shares (src/lib/share-image.ts),
 * chosen once, on one clock, for the story's page and its drawn card alike.
 */
import { getCollection } from 'astro:content';
import { shareImageKind, type ShareImageKind } from '../lib/share-image.ts';
import { site } from '../site.config.ts';
import { getNewsroom } from './newsroom.ts';

let kinds: Promise<Map<string, ShareImageKind>> | undefined;

export function shareImageKinds(): Promise<Map<string, ShareImageKind>> {
  kinds ??= choose(new Date());
  return kinds;
}

async function choose(now: Date): Promise<Map<string, ShareImageKind>> {
  const [newsroom, withOwnImage] = await Promise.all([getNewsroom(), getCollection('articles', (entry) => entry.data.socialImage !== undefined)]);
  const own = new Set(withOwnImage.map((entry) => entry.id));
  return new Map(
    newsroom.stories.map((story) => [story.id, shareImageKind({ publishedAt: story.publishedAt, image: story.image, socialImage: own.has(story.id) }, now, site.cardDays)]),
  );
}

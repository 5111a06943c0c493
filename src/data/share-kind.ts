/**
 * The kind of picture a story of this build shares (src/lib/share-image.ts),
 * on the build's one clock, so a story's page and its drawn card agree.
 */
import type { ImageMetadata } from 'astro';
import type { Story } from '../lib/newsroom.ts';
import { shareImageKind, type ShareImageKind } from '../lib/share-image.ts';
import { site } from '../site.config.ts';
import type { Content } from './collections.ts';

export function shareKindOf(story: Story<ImageMetadata>, { now, articleEntry }: Content): ShareImageKind {
  const { socialImage } = articleEntry(story.id).data;
  return shareImageKind({ publishedAt: story.publishedAt, image: story.image, socialImage }, now, site.cardDays);
}

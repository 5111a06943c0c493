/**
 * The list thumbnails of stories (src/components/StoryList.astro), made in
 * route data so that no list page's render records them (src/data/picture.ts).
 */
import type { ImageMetadata } from 'astro';
import type { Story } from '../lib/newsroom.ts';
import { picture, type Picture } from './picture.ts';

/** "full" on fronts, "compact" in the front page's columns: they differ in `sizes`. */
export type ThumbnailVariant = 'full' | 'compact';

const sizes: Record<ThumbnailVariant, string> = { full: '(min-width: 40rem) 11rem, 6.5rem', compact: '6.5rem' };

/** Each story's thumbnail by story id, for the stories with a photo. The headline link names the story: the picture is decoration (`alt=""`). */
export async function storyThumbnails(stories: Story<ImageMetadata>[], variant: ThumbnailVariant = 'full'): Promise<Record<string, Picture>> {
  const pictured = stories.filter((story) => story.image);
  const made = await Promise.all(
    pictured.map((story) => picture({ src: story.image!.src, alt: '', width: 320, height: 240, widths: [160, 320], sizes: sizes[variant], fit: 'cover' })),
  );
  return Object.fromEntries(pictured.map((story, index) => [story.id, made[index]!]));
}

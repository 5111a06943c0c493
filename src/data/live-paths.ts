/**
 * The static paths of the files beside each live story's page (updates.json,
 * rss.xml): one per live story, with the entries of its updates, newest first,
 * whose bodies they render.
 */
import type { ImageMetadata } from 'astro';
import type { UpdateEntry } from './collections.ts';
import { editionStaticPaths } from './static-paths.ts';
import type { Story } from '../lib/newsroom.ts';

export type LiveStory = Story<ImageMetadata> & Required<Pick<Story<ImageMetadata>, 'live'>>;

export const livePaths = () =>
  editionStaticPaths(({ newsroom }, { updateEntry }) =>
    newsroom.stories.flatMap((story) => {
      if (!story.live) return [];
      const [year, month, day] = story.path.split('/').filter(Boolean).slice(-4, -1);
      const updates: UpdateEntry[] = story.live.updates.map((update) => updateEntry(update.id));
      return [{ params: { year, month, day, id: story.id }, props: { story: story as LiveStory, updates } }];
    }),
  );

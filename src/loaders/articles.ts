/**
 * The loaders of a tree of stories (`content/articles`, or an edition's own
 * folder): the stories, and the updates of its live stories. Both keep their
 * bodies on disk rather than in Astro's content store (bodies-on-disk.ts).
 */
import { glob, type Loader } from 'astro/loaders';
import { idFromFileName } from '../lib/id-from-file-name.ts';
import { updateFolders } from '../lib/live/update-folders.ts';
import { updateId } from '../lib/live/update-id.ts';
import { bodiesOnDisk } from './bodies-on-disk.ts';

/** The stories below `folder`: every Markdown file but those of a live story's update folder, which are updates. */
export const articlesLoader = (folder: string): Loader =>
  bodiesOnDisk(
    glob({
      pattern: ['**/*.md', ...updateFolders(folder).map((updates) => `!${updates}/**`)],
      base: folder,
      generateId: ({ entry }) => idFromFileName(entry),
    }),
  );

/** The updates of every live story below `folder`; a tree without one has no update folder to read. */
export function liveUpdatesLoader(folder: string): Loader {
  const liveFolders = updateFolders(folder);
  const updates = bodiesOnDisk(glob({ pattern: liveFolders.map((updates) => `${updates}/*.md`), base: folder, generateId: ({ entry }) => updateId(entry) }));
  return {
    name: 'broadsheet-updates',
    load: async (context) => {
      if (liveFolders.length > 0) await updates.load(context);
    },
  };
}

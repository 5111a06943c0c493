/**
 * `npm run new -- --update <story-id> ["Title"]`: a new update's file, decided
 * without touching the disk (scripts/new.ts reads the tree and writes it).
 * The file sits in the folder named after the story, beside it, and is named
 * for its time and title, which makes its permalink anchor; `at` is now.
 */
import { dirname, join } from 'node:path';
import { storyId, zonedTimestamp } from '../new-story.ts';

export interface NewUpdateRequest {
  storyId: string;
  title?: string;
  now: Date;
  timeZone: string;
}

export interface LiveStories {
  /** Every story in the tree by id, with its file's path. */
  stories: ReadonlyMap<string, { path: string; live: boolean }>;
}

export type NewUpdate = { ok: true; path: string; text: string } | { ok: false; error: string };

/** The template's stand-in text: the content check stops an update from being published with it. */
export const placeholderUpdateBody = 'Write the update here.';

export function planNewUpdate(request: NewUpdateRequest, content: LiveStories): NewUpdate {
  const story = content.stories.get(request.storyId);
  if (!story) return { ok: false, error: `there is no story "${request.storyId}"; give the id of a live story (its file name without .md)` };
  if (!story.live) return { ok: false, error: `${story.path} is not a live story; add live: true to it first` };
  const at = zonedTimestamp(request.now, request.timeZone);
  // "2026-11-20T09:45:00+03:00" → "20261120-0945", then the title's words.
  const name = [`${at.slice(0, 10).replaceAll('-', '')}-${at.slice(11, 16).replace(':', '')}`, request.title && storyId(request.title)].filter(Boolean).join('-');
  const title = request.title?.trim();
  return {
    ok: true,
    path: join(dirname(story.path), request.storyId, `${name}.md`),
    text: `---
# The update's time with its UTC offset. A time in the future keeps it off the site until a build after it.
at: ${at}
${title ? `title: ${JSON.stringify(title)}` : '# A short headline for the update; optional.\n# title: "Bridge closed to traffic"'}
# Author ids (file names in authors/); leave [] for none.
authors: []
# true lists the update in the "Key updates" box at the top of the page.
key: false
---
${placeholderUpdateBody}
`,
  };
}

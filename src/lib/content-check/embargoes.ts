import type { CheckedArticle, CheckedUpdate } from './checked-content.ts';

/** A valid, non-draft story dated after the check's clock: it appears with the first build after `publishedAt`. */
export interface Embargo {
  id: string;
  file: string;
  title: string;
  publishedAt: Date;
}

/** The stories and live updates waiting for their time, soonest first. */
export function upcomingEmbargoes(articles: readonly CheckedArticle[], updates: readonly CheckedUpdate[], now: Date): Embargo[] {
  return articles
    .filter(({ data }) => !data.draft && data.publishedAt > now)
    .map(({ id, file, data }) => ({ id, file: file.path, title: data.title, publishedAt: data.publishedAt }))
    // A live update under embargo appears with a build after its time, like a story.
    .concat(updates.filter(({ data }) => data.at > now).map(({ id, storyId, file, data }) => ({ id, file: file.path, title: data.title ?? `an update of ${storyId}`, publishedAt: data.at })))
    .sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime() || a.id.localeCompare(b.id));
}

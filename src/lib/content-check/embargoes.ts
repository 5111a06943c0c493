import type { CheckedArticle } from './checked-content.ts';

/** A valid, non-draft story dated after the check's clock: it appears with the first build after `publishedAt`. */
export interface Embargo {
  id: string;
  file: string;
  title: string;
  publishedAt: Date;
}

/** The stories waiting for their time, soonest first. */
export function upcomingEmbargoes(articles: readonly CheckedArticle[], now: Date): Embargo[] {
  return articles
    .filter(({ data }) => !data.draft && data.publishedAt > now)
    .map(({ id, file, data }) => ({ id, file: file.path, title: data.title, publishedAt: data.publishedAt }))
    .sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime() || a.id.localeCompare(b.id));
}

/**
 * What a build at a given moment publishes, as one digest. Everything else a
 * build writes follows from the commit; the clock decides only which stories
 * and live updates are out (embargoes), which are in the News sitemap's 48 hours,
 * and which share a drawn card (the last `cardDays` days, src/lib/share-image.ts). Two
 * builds of one commit whose digests agree write the same site, so a
 * scheduled rebuild with a digest already deployed can be skipped.
 */
import { createHash } from 'node:crypto';
import { type ArticleInput, statusOf } from './newsroom.ts';
import { shareImageKind } from './share-image.ts';
import { newsSitemapStories } from './sitemaps.ts';
import { articlePath } from './urls.ts';

export type ScheduledArticle = {
  id: string;
  data: Pick<ArticleInput<unknown>['data'], 'title' | 'draft' | 'publishedAt' | 'sourceUrl' | 'image' | 'socialImage'>;
};

/** A live story's update: it is out once the clock passes its time, like a story. */
export type ScheduledUpdate = { id: string; data: { at: Date } };

export function publicationState(
  articles: readonly ScheduledArticle[],
  now: Date,
  settings: { timeZone: string; cardDays: number },
  updates: readonly ScheduledUpdate[] = [],
): string {
  const published = articles.filter((article) => statusOf(article, now) === 'published');
  const publishedUpdates = updates.filter(({ data }) => data.at <= now);
  const news = newsSitemapStories(
    published.map(({ id, data }) => ({ id, title: data.title, publishedAt: data.publishedAt, sourceUrl: data.sourceUrl, path: articlePath(id, data.publishedAt, settings.timeZone) })),
    now,
  );
  // A story leaving the window swaps its drawn card for its section's: its page and its card file change.
  const drawnCards = published.filter(({ data }) => shareImageKind(data, now, settings.cardDays) === 'card');
  const ids = (list: readonly { id: string }[]) => list.map(({ id }) => id).sort();
  return createHash('sha256')
    .update(JSON.stringify({ published: ids(published), news: ids(news), drawnCards: ids(drawnCards), updates: ids(publishedUpdates) }))
    .digest('hex')
    .slice(0, 32);
}

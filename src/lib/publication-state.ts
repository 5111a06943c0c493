/**
 * What a build at a given moment publishes, as one digest. Everything else a
 * build writes follows from the commit; the clock decides only which stories
 * are out (embargoes) and which are in the News sitemap's 48 hours. Two
 * builds of one commit whose digests agree write the same site, so a
 * scheduled rebuild with a digest already deployed can be skipped.
 */
import { createHash } from 'node:crypto';
import { type ArticleInput, statusOf } from './newsroom.ts';
import { newsSitemapStories } from './sitemaps.ts';
import { articlePath } from './urls.ts';

export type ScheduledArticle = { id: string; data: Pick<ArticleInput<unknown>['data'], 'title' | 'draft' | 'publishedAt' | 'sourceUrl'> };

export function publicationState(articles: readonly ScheduledArticle[], now: Date, timeZone: string): string {
  const published = articles.filter((article) => statusOf(article, now) === 'published');
  const news = newsSitemapStories(
    published.map(({ id, data }) => ({ id, title: data.title, publishedAt: data.publishedAt, sourceUrl: data.sourceUrl, path: articlePath(id, data.publishedAt, timeZone) })),
    now,
  );
  const ids = (list: readonly { id: string }[]) => list.map(({ id }) => id).sort();
  return createHash('sha256')
    .update(JSON.stringify({ published: ids(published), news: ids(news) }))
    .digest('hex')
    .slice(0, 32);
}

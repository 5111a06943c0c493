/**
 * A live story's schema.org JSON-LD: the page's NewsArticle, typed
 * `LiveBlogPosting`, with its coverage times and one `liveBlogUpdate` per
 * update, each a `BlogPosting` with what Google documents for live blogs
 * (headline, datePublished, articleBody) and a URL to its anchor.
 */
import type { JsonLd } from '../seo.ts';
import { absoluteUrl, type UrlContext } from '../urls.ts';
import { updateHeadline } from './update-headline.ts';

interface LiveStory {
  path: string;
  live: {
    startedAt: Date;
    endedAt?: Date;
    updates: { anchor: string; at: Date; title?: string; text: string; authors: { name: string; path: string }[] }[];
  };
}

export function liveBlogJsonLd(article: JsonLd, story: LiveStory, urls: UrlContext): JsonLd {
  const page = absoluteUrl(story.path, urls);
  return {
    ...article,
    '@type': 'LiveBlogPosting',
    coverageStartTime: story.live.startedAt.toISOString(),
    ...(story.live.endedAt && { coverageEndTime: story.live.endedAt.toISOString() }),
    liveBlogUpdate: story.live.updates.map((update) => ({
      '@type': 'BlogPosting',
      headline: updateHeadline(update),
      datePublished: update.at.toISOString(),
      articleBody: update.text,
      url: `${page}#${update.anchor}`,
      ...(update.authors.length > 0 && {
        author: update.authors.map((author) => ({ '@type': 'Person', name: author.name, url: absoluteUrl(author.path, urls) })),
      }),
    })),
  };
}

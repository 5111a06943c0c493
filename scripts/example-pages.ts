/**
 * One example URL of every kind of page the site builds, for the checks that
 * must look at each kind (accessibility tests, screenshots, the weight report).
 * The article chosen is the one that shows the most: a photo, tags and a byline.
 */
import type { ArticleData } from '../src/content.config.ts';
import { archiveMonthPath, archivePath } from '../src/lib/archive.ts';
import { zonedDate } from '../src/lib/dates.ts';
import { inEdition } from '../src/lib/editions.ts';
import { articlePath, authorPath, sectionPath, tagPath } from '../src/lib/urls.ts';

export type PageType = 'front' | 'article' | 'live' | 'section' | 'tag' | 'author' | 'archive' | 'archive-month' | 'search' | 'not-found';

export interface ExamplePage {
  type: PageType;
  path: string;
}

export interface PublishedArticle {
  id: string;
  data: Pick<ArticleData<unknown>, 'publishedAt' | 'section' | 'tags' | 'authors' | 'image' | 'live' | 'liveEndedAt'>;
}

const richness = ({ data }: PublishedArticle) => (data.image ? 4 : 0) + (data.tags.length > 0 ? 2 : 0) + (data.authors.length > 0 ? 1 : 0);

/**
 * `articles`: the published stories of one edition, in any order. A live story is its own type: the running one,
 * else the newest. `edition` places the pages (`/ru/`); another edition's 404 page is `<path>404/`.
 */
export function examplePages(articles: readonly PublishedArticle[], timeZone: string, edition: { path: string } = { path: '/' }): ExamplePage[] {
  const notFound = edition.path === '/' ? '/404.html' : `${edition.path}404/`;
  return editionExamplePages(articles, timeZone, notFound).map((page) => ({ ...page, path: page.type === 'not-found' ? page.path : inEdition(page.path, edition) }));
}

function editionExamplePages(articles: readonly PublishedArticle[], timeZone: string, notFound: string): ExamplePage[] {
  const [live] = articles
    .filter(({ data }) => data.live)
    .sort((a, b) => Number(Boolean(a.data.liveEndedAt)) - Number(Boolean(b.data.liveEndedAt)) || b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.id.localeCompare(b.id));
  const story = [...articles].filter(({ data }) => !data.live).sort(
    (a, b) => richness(b) - richness(a) || b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.id.localeCompare(b.id),
  )[0];
  if (!story) return [{ type: 'front', path: '/' }, { type: 'archive', path: archivePath }, { type: 'search', path: '/search/' }, { type: 'not-found', path: notFound }];
  const { year, month } = zonedDate(story.data.publishedAt, timeZone);
  const withAuthor = articles.find(({ data }) => data.authors.length > 0);
  const withTag = articles.find(({ data }) => data.tags.length > 0);
  return [
    { type: 'front', path: '/' },
    { type: 'article', path: articlePath(story.id, story.data.publishedAt, timeZone) },
    ...(live ? [{ type: 'live' as const, path: articlePath(live.id, live.data.publishedAt, timeZone) }] : []),
    { type: 'section', path: sectionPath(story.data.section) },
    ...(withTag ? [{ type: 'tag' as const, path: tagPath(withTag.data.tags[0]!) }] : []),
    ...(withAuthor ? [{ type: 'author' as const, path: authorPath(withAuthor.data.authors[0]!) }] : []),
    { type: 'archive', path: archivePath },
    { type: 'archive-month', path: archiveMonthPath(year, month) },
    { type: 'search', path: '/search/' },
    { type: 'not-found', path: notFound },
  ];
}

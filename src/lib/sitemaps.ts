/**
 * What crawlers read besides pages: the last-modified dates for the sitemap,
 * Google's News sitemap (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap)
 * and robots.txt. Pure: the sitemap integration and the routes pass the stories in.
 */
import type { ArticleData } from '../content.config.ts';
import { alternates } from './alternates.ts';
import { inEdition } from './editions.ts';
import { escapeXml } from './feed.ts';
import { lastUpdate, statusOf } from './newsroom.ts';
import { articlePath, authorPath, sectionPath, tagPath, absoluteUrl, type UrlContext } from './urls.ts';

/** The fields of a published story that decide its URL and its fronts' freshness. */
export interface DatedArticle {
  id: string;
  /** The edition folder ("" or left out for the default edition). */
  edition?: string;
  data: Pick<ArticleData<unknown>, 'publishedAt' | 'updatedAt' | 'corrections' | 'section' | 'tags' | 'authors' | 'draft' | 'sourceUrl'> & { translationOf?: string };
}

/** An edition as the sitemap needs it: its content folder ("" for the default edition), path and language. */
export interface SitemapEdition {
  folder: string;
  path: string;
  language: string;
}

/** The default edition only, for a site of one edition. */
const oneEdition: readonly SitemapEdition[] = [{ folder: '', path: '/', language: 'en' }];

const editionOf = (article: DatedArticle, editions: readonly SitemapEdition[]) =>
  editions.find((edition) => edition.folder === (article.edition ?? '')) ?? editions[0]!;

/** A story's site path, in its edition. */
const storyPath = (article: DatedArticle, context: UrlContext, editions: readonly SitemapEdition[]) =>
  inEdition(articlePath(article.id, article.data.publishedAt, context.timeZone), editionOf(article, editions));

/** A correction is a change: the story's "Updated" time (src/lib/newsroom.ts), or its publication. */
const lastChange = ({ data }: DatedArticle): Date => lastUpdate(data.updatedAt, data.corrections) ?? data.publishedAt;

/**
 * Absolute URL → last modification, for the sitemap's `lastmod`: each story
 * at `updatedAt ?? publishedAt`, and each front (home, section, tag, author)
 * at the newest change among its stories. Drafts and stories embargoed at
 * `now` are not on the site, so they date nothing.
 */
export function lastModifiedByUrl(articles: readonly DatedArticle[], now: Date, context: UrlContext, editions: readonly SitemapEdition[] = oneEdition): Map<string, Date> {
  const dates = new Map<string, Date>();
  const touch = (path: string, date: Date) => {
    const url = absoluteUrl(path, context);
    const known = dates.get(url);
    if (!known || date > known) dates.set(url, date);
  };
  for (const article of articles) {
    if (statusOf(article, now) !== 'published') continue;
    const date = lastChange(article);
    const edition = editionOf(article, editions);
    touch(storyPath(article, context, editions), date);
    touch(edition.path, date);
    touch(inEdition(sectionPath(article.data.section), edition), date);
    for (const tag of article.data.tags) touch(inEdition(tagPath(tag), edition), date);
    for (const author of article.data.authors) touch(inEdition(authorPath(author), edition), date);
  }
  return dates;
}

/** Absolute URLs of syndicated stories: their canonical URL is the original (sourceUrl), and a sitemap lists canonical URLs only. */
export function syndicatedUrls(articles: readonly DatedArticle[], context: UrlContext, editions: readonly SitemapEdition[] = oneEdition): Set<string> {
  return new Set(articles.filter(({ data }) => data.sourceUrl).map((article) => absoluteUrl(storyPath(article, context, editions), context)));
}

/**
 * Absolute URL of each published story that has a translation → its language
 * versions as the sitemap's `xhtml:link` pairs name them: every version by
 * language and `x-default` for the original, the same set its page's
 * `<link rel="alternate" hreflang>` carries (src/lib/alternates.ts).
 */
export function translationLinksByUrl(articles: readonly DatedArticle[], now: Date, context: UrlContext, editions: readonly SitemapEdition[]): Map<string, { lang: string; url: string }[]> {
  const published = articles.filter((article) => statusOf(article, now) === 'published');
  const groups = Map.groupBy(published, (article) => article.data.translationOf ?? article.id);
  const links = new Map<string, { lang: string; url: string }[]>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const versions = group.map((article) => ({ edition: editionOf(article, editions).folder, language: editionOf(article, editions).language, path: storyPath(article, context, editions) }));
    for (const version of versions) {
      const pairs = alternates(version, versions.filter((other) => other !== version), editions[0]!.folder);
      links.set(absoluteUrl(version.path, context), pairs.map((pair) => ({ lang: pair.hreflang, url: absoluteUrl(pair.path, context) })));
    }
  }
  return links;
}

/**
 * A page's `lastmod` from those dates. Later pages of a front share the
 * front's date: every story published there shifts them all.
 */
export function lastModifiedOf(dates: ReadonlyMap<string, Date>, url: string): Date | undefined {
  return dates.get(url) ?? dates.get(url.replace(/page\/\d+\/$/, ''));
}

export interface NewsStory {
  title: string;
  publishedAt: Date;
  path: string;
  /** A syndicated story's original; such a story is not this publication's to list. */
  sourceUrl?: string;
}

/** Google News takes stories from the last two days, at most 1,000 per sitemap. */
export const newsWindowHours = 48;
export const newsSitemapLimit = 1000;

/**
 * The stories a News sitemap built at `now` lists: this publication's own
 * (not syndicated ones, whose canonical URL is elsewhere), published in the 48
 * hours before it, newest first (then by path, so the order never depends on
 * the input's), at most 1,000.
 */
export function newsSitemapStories<Story extends NewsStory>(stories: readonly Story[], now: Date): Story[] {
  const since = now.getTime() - newsWindowHours * 3_600_000;
  return stories
    .filter((story) => !story.sourceUrl && story.publishedAt.getTime() > since && story.publishedAt.getTime() <= now.getTime())
    .toSorted((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .slice(0, newsSitemapLimit);
}

/** Google News wants ISO 639 codes, with zh-cn and zh-tw as the only regional ones. */
export function newsLanguage(language: string): string {
  const lower = language.toLowerCase();
  return lower === 'zh-cn' || lower === 'zh-tw' ? lower : lower.split('-')[0]!;
}

/** The News sitemap document; with no recent stories it is still a valid, empty `urlset`. */
export function newsSitemapXml(stories: readonly NewsStory[], publication: { name: string; language: string }, context: UrlContext): string {
  const urls = stories.map(
    (story) =>
      `<url><loc>${escapeXml(absoluteUrl(story.path, context))}</loc><news:news>` +
      `<news:publication><news:name>${escapeXml(publication.name)}</news:name><news:language>${newsLanguage(publication.language)}</news:language></news:publication>` +
      `<news:publication_date>${story.publishedAt.toISOString()}</news:publication_date>` +
      `<news:title>${escapeXml(story.title)}</news:title>` +
      '</news:news></url>',
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' +
    urls.map((url) => `${url}\n`).join('') +
    '</urlset>\n'
  );
}

/** robots.txt: everything may be crawled; both sitemaps are named with absolute URLs, as the format requires. */
export function robotsTxt(sitemapUrls: readonly string[]): string {
  return ['User-agent: *', 'Allow: /', '', ...sitemapUrls.map((url) => `Sitemap: ${url}`), ''].join('\n');
}

/**
 * Every URL the site prints is built here, so pages, feeds, sitemaps and the
 * content check agree on them. Paths are site-relative ("/news/"); `href()`
 * adds the deploy's base path and `absoluteUrl()` the origin.
 */
import { zonedDate } from './dates.ts';
import { slugify } from './slug.ts';

export interface UrlContext {
  /** Origin without trailing slash, e.g. https://broadsheet.example.com */
  url: string;
  /** "/" or "/sub/path/" */
  basePath: string;
  timeZone: string;
}

export const articlePath = (id: string, publishedAt: Date, timeZone: string): string => {
  const { year, month, day } = zonedDate(publishedAt, timeZone);
  return `/${year}/${month}/${day}/${id}/`;
};

export const sectionPath = (sectionId: string): string => `/${sectionId}/`;
export const tagPath = (tag: string): string => `/tags/${slugify(tag)}/`;
export const authorPath = (authorId: string): string => `/authors/${authorId}/`;

/** Page 1 of a front is the front itself; later pages live under `page/<n>/`. */
export const pagePath = (frontPath: string, page: number): string =>
  page <= 1 ? frontPath : `${frontPath}page/${page}/`;

/** A site-relative path as the browser must request it under the deploy's base path. */
export const href = (path: string, { basePath }: Pick<UrlContext, 'basePath'>): string =>
  basePath === '/' ? path : `${basePath.slice(0, -1)}${path}`;

export const absoluteUrl = (path: string, context: Pick<UrlContext, 'url' | 'basePath'>): string =>
  `${context.url}${href(path, context)}`;

/**
 * Rewrites root-relative `href` and `src` attributes (and each `srcset` candidate)
 * of rendered HTML to absolute URLs: feed readers have no page URL to resolve
 * them against. Rendered URLs already carry the base path, so only the origin is added.
 */
export function absolutizeHtml(html: string, { url: origin }: Pick<UrlContext, 'url'>): string {
  const absolute = (url: string) => (url.startsWith('/') && !url.startsWith('//') ? `${origin}${url}` : url);
  return html
    .replace(/\b(href|src)="([^"]*)"/g, (_, attribute: string, url: string) => `${attribute}="${absolute(url)}"`)
    .replace(/\bsrcset="([^"]*)"/g, (_, set: string) =>
      `srcset="${set
        .split(',')
        .map((candidate) => candidate.trim().replace(/^\S+/, absolute))
        .join(', ')}"`,
    );
}

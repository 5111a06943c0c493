import { aliasFile } from './alias-path.ts';
import { absoluteUrl, href, type UrlContext } from './urls.ts';

export interface AliasRedirect {
  /** The alias, a site path ("/old/path/"). */
  alias: string;
  /** The file below the build folder that serves it (aliasFile()). */
  file: string;
  /** The story's path as browsers request it (with the base path): the object's `x-amz-website-redirect-location`. */
  location: string;
  /** The story's absolute URL, for the page's refresh, canonical and link. */
  url: string;
  title: string;
}

/**
 * Every alias of the site's stories as a redirect: the one list from which the
 * build writes both the redirect pages and redirects.json, which tells
 * `npm run deploy` which objects redirect, and where.
 */
export function aliasRedirects(stories: readonly { title: string; path: string; aliases: readonly string[] }[], context: Pick<UrlContext, 'url' | 'basePath'>): AliasRedirect[] {
  return stories.flatMap((story) =>
    story.aliases.map((alias) => ({ alias, file: aliasFile(alias), location: href(story.path, context), url: absoluteUrl(story.path, context), title: story.title })),
  );
}

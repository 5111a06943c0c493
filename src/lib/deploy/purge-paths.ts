import { objectKind } from './object-kind.ts';

/**
 * The URL paths a CDN must forget after a deploy that uploaded or deleted these
 * files: every one but the fingerprinted files (a new name was never cached), a
 * page by the address readers use (`/news/` for `news/index.html`), below the
 * site's base path.
 */
export function purgePaths(changedFiles: string[], basePath: string): string[] {
  return changedFiles
    .filter((path) => objectKind(path) !== 'fingerprinted')
    .map((path) => `${basePath}${path.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

/**
 * rehype plugin: root-relative links in a story ("/2026/10/24/some-id/")
 * get the deploy's base path when the site lives below its origin
 * (a GitHub Pages project site), so they keep working there.
 */
import type { Root } from 'hast';
import type { Transformer } from 'unified';
import { visit } from 'unist-util-visit';
import { href } from '../lib/urls.ts';

export interface Options {
  /** "/" or "/sub/path/": the site config's `basePath`. */
  basePath: string;
}

export default function rehypeBasePath({ basePath }: Options): Transformer<Root> {
  return (tree) => {
    if (basePath === '/') return;
    visit(tree, 'element', (node) => {
      const url = node.properties.href;
      if (typeof url === 'string' && url.startsWith('/') && !url.startsWith('//')) node.properties.href = href(url, { basePath });
    });
  };
}

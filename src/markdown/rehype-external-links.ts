/**
 * rehype plugin: links that leave the site get `rel="noopener"`.
 *
 * A link is external when its href is an absolute http(s) URL (or a
 * scheme-relative `//host/…` one) whose origin differs from the site's.
 * Existing rel values are kept, `noopener` is added once, duplicates are
 * dropped. Relative links, the site's own absolute URLs, `mailto:` and other
 * schemes are left alone.
 *
 * It sees the links Markdown produces; raw HTML `<a>` tags written in a story
 * are only parsed after every plugin (Astro runs rehype-raw last), so they keep
 * the attributes their author gave them.
 */
import type { Element, Root } from 'hast';
import type { Transformer } from 'unified';
import { visit } from 'unist-util-visit';

export interface Options {
  /** The site's URL (the site config's `url`); links to its origin stay as they are. */
  siteUrl: string;
}

const LINKING = new Set(['a', 'area']);

export default function rehypeExternalLinks({ siteUrl }: Options): Transformer<Root> {
  const siteOrigin = new URL(siteUrl).origin;
  return (tree) => {
    visit(tree, 'element', (node) => {
      if (!LINKING.has(node.tagName)) return;
      const href = node.properties.href;
      if (typeof href !== 'string' || !isExternal(href, siteOrigin)) return;
      node.properties.rel = mergeRel(node.properties.rel, 'noopener');
    });
  };
}

function isExternal(href: string, siteOrigin: string): boolean {
  const trimmed = href.trim();
  if (!/^(?:https?:)?\/\//i.test(trimmed)) return false;
  let url: URL;
  try {
    url = new URL(trimmed, `${siteOrigin}/`);
  } catch {
    return false;
  }
  return url.origin !== siteOrigin;
}

function mergeRel(rel: Element['properties'][string], add: string): string[] {
  const values = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : [];
  const seen = new Set<string>();
  const merged: string[] = [];
  for (const value of [...values, add]) {
    const key = value.toLowerCase();
    if (!value || seen.has(key)) continue;
    seen.add(key);
    merged.push(value);
  }
  return merged;
}

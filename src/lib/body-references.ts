/**
 * The site-internal destinations and the images of a Markdown text, for the
 * content check's broken-link and image rules.
 *
 * Reads the Markdown as parsed the way the site renders it (CommonMark with
 * GFM, markdown-ast.ts). Links are, in document order, every link, image and link
 * reference definition whose destination is root-relative
 * ("/2026/10/24/some-id/", "/news/"): starting with "/" but not "//". Absolute URLs, scheme-relative "//host"
 * URLs, fragments ("#notes") and relative paths ("./photo.jpg") are not
 * internal. Links inside code, or written as raw HTML, are not links.
 *
 * `line` is 1-based within the text passed in: pass an article's body and add
 * the body's first line to point into the file.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface InternalLink {
  /** The destination as written (escapes and entities decoded), query and fragment included. */
  url: string;
  /** 1-based line where the link, image or definition starts. */
  line: number;
}

/** An image in the body, for the content check's alt-text and image-file rules. */
export interface BodyImage {
  /** The destination as written: a file beside the story ("./photo.jpg"), a site path or a URL. */
  url: string;
  alt: string;
  line: number;
}

/** Internal links and every image of a body parsed with markdownAst(). */
export function bodyReferences(tree: Root): { links: InternalLink[]; images: BodyImage[] } {
  const links: InternalLink[] = [];
  const images: BodyImage[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const url = node.url;
    const line = node.position?.start.line ?? 1;
    if (node.type === 'image') images.push({ url, alt: node.alt ?? '', line });
    if (url.startsWith('/') && !url.startsWith('//')) links.push({ url, line });
  });
  return { links, images };
}

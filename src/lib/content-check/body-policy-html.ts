/**
 * The HTML of a body that the body policy (src/lib/body-policy.ts) could object
 * to, with each node's line in the body. With raw HTML in it, the whole body as
 * the build parses it; without, Markdown can only add URLs, so just its links
 * and images (parse5 and mdast-to-hast on every body would triple the check's time).
 */
import type { Element, Root } from 'hast';
import { raw } from 'hast-util-raw';
import type { Nodes as MarkdownNodes, Root as MarkdownRoot } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';

/** `markdown` is `body` parsed with markdownAst(). */
export function bodyPolicyHtml(markdown: MarkdownRoot, body: string): Root {
  let html = false;
  const urls: Element[] = [];
  visit(markdown, (node: MarkdownNodes) => {
    if (node.type === 'html') html = true;
    if (node.type === 'link' || node.type === 'definition')
      urls.push({ type: 'element', tagName: 'a', properties: { href: node.url }, children: [], position: node.position });
    if (node.type === 'image') urls.push({ type: 'element', tagName: 'img', properties: { src: node.url, alt: node.alt ?? '' }, children: [], position: node.position });
  });
  if (!html) return { type: 'root', children: urls };
  return raw(toHast(markdown, { allowDangerousHtml: true }) as Root, { file: new VFile(body) }) as Root;
}

/**
 * Check rule: a body or bio holds only what the body policy publishes
 * (src/lib/body-policy.ts). Every element, attribute or URL the build's
 * sanitiser would remove is an error at its line, never silently dropped; an
 * HTML comment is a warning, so the editor learns it is a note readers never see.
 */
import type { Element, Root } from 'hast';
import { raw } from 'hast-util-raw';
import type { Nodes as MarkdownNodes } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { policyViolations } from '../../body-policy.ts';
import { markdownAst } from '../../markdown-ast.ts';
import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

export function bodiesFollowPolicy({ tree, options }: CheckedContent, report: Reporter) {
  for (const file of [...tree.authors, ...tree.articles, ...tree.updates])
    for (const { line, what, severity, hint } of policyViolations(bodyHtml(file.body), options.embedHosts))
      report[severity](file, file.bodyLine + line - 1, 'body', severity === 'error' ? `${what} is not allowed` : `${what} is not published`, hint);
}

/**
 * The HTML of a body that the policy could object to, with each node's line in
 * the body. With raw HTML in it, the whole body as the build parses it; without,
 * Markdown can only add URLs, so just its links and images (parse5 and
 * mdast-to-hast on every body would triple the check's time).
 */
function bodyHtml(body: string): Root {
  const markdown = markdownAst(body);
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

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
import { parseMarkdown } from '../../markdown/remark-satteri-parse.ts';
import { policyViolations } from '../body-policy.ts';
import type { SourceFile } from '../content-tree.ts';
import type { Problem } from '../content-check.ts';

export function bodyPolicyProblems(file: SourceFile, embedHosts: readonly string[]): Problem[] {
  return policyViolations(bodyHtml(file.body), embedHosts).map(({ line, what, severity, hint }) => ({
    severity,
    file: file.path,
    line: file.bodyLine + line - 1,
    field: 'body',
    message: severity === 'error' ? `${what} is not allowed` : `${what} is not published`,
    hint,
  }));
}

/**
 * The HTML of a body that the policy could object to, with each node's line in
 * the body. With raw HTML in it, the whole body as the build parses it; without,
 * Markdown can only add URLs, so just its links and images (parse5 and
 * mdast-to-hast on every body would triple the check's time).
 */
function bodyHtml(body: string): Root {
  const markdown = parseMarkdown(body);
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

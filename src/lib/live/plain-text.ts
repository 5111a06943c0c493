/**
 * An update's Markdown body as plain text, for what carries words without
 * markup: the JSON-LD `articleBody`, a headline for an untitled update, and
 * the related-articles index.
 */
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse);

export function plainText(markdown: string): string {
  const tree = parser.parse(markdown);
  // Paragraphs and headings are joined by a space, not run together.
  return tree.children.map((node) => toString(node)).filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}

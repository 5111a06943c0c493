/**
 * An update's Markdown body as plain text, for what carries words without
 * markup: the JSON-LD `articleBody`, a headline for an untitled update, and
 * the related-articles index.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

const parser = unified().use(remarkParse);
/** Blocks whose words run on; between blocks (paragraphs, list items, cells) comes a space. */
const textBlocks = new Set(['paragraph', 'heading', 'code', 'tableCell']);

export function plainText(markdown: string): string {
  const blocks: string[] = [];
  visit(parser.parse(markdown) as Root, (node) => {
    if (!textBlocks.has(node.type)) return undefined;
    blocks.push(toString(node));
    return SKIP;
  });
  return blocks.join(' ').replace(/\s+/g, ' ').trim();
}

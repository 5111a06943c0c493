/**
 * remark plugin: typographer's punctuation in prose (src/lib/smart-punctuation.ts).
 *
 * Each paragraph, heading and table cell is typeset as one block; code blocks,
 * raw HTML, front matter, math and definitions are left exactly as typed. The
 * file's source is passed along, so what the author escaped stays straight.
 *
 * Quotes follow the language of the file's edition: `languageOf(path)` gives
 * it from the file's path (English when left out).
 *
 * Replaces remark-smartypants (pass `smartypants: false` to Astro's processor):
 * one scan of the text instead of a retext parse per node.
 */
import type { Nodes, PhrasingContent, Root } from 'mdast';
import type { Transformer } from 'unified';
import { quoteStyleFor, smartenBlock, type QuoteStyle } from '../lib/smart-punctuation.ts';

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const SKIPPED = new Set(['code', 'html', 'yaml', 'toml', 'math', 'definition']);

export interface SmartPunctuationOptions {
  /** The BCP 47 language of the Markdown file at a path (undefined for a string without a file). */
  languageOf?: (path: string | undefined) => string;
}

export default function remarkSmartPunctuation({ languageOf }: SmartPunctuationOptions = {}): Transformer<Root> {
  return (tree, file) => {
    const source = typeof file.value === 'string' ? file.value : undefined;
    walk(tree, source, quoteStyleFor(languageOf?.(file.path) ?? 'en'));
  };
}

function walk(node: Nodes, source: string | undefined, quotes: QuoteStyle): void {
  if (SKIPPED.has(node.type)) return;
  if (BLOCKS.has(node.type) && 'children' in node) {
    smartenBlock(node.children as PhrasingContent[], source, quotes);
    return;
  }
  if ('children' in node) for (const child of node.children) walk(child, source, quotes);
}

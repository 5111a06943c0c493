/**
 * remark plugin: parses with Sätteri, the Rust Markdown parser Astro itself
 * ships, instead of micromark. It yields the very mdast that remark-parse with
 * remark-gfm yields (same nodes, same positions, GFM autolinks, tables and
 * footnotes included) about thirty times faster, and the parse was most of
 * each story's cost in content sync and in the content check.
 *
 * Use it after remark-parse: the last parser set wins.
 */
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import type { Processor } from 'unified';

/** Markdown (no front matter: callers pass the body) to mdast. */
export function parseMarkdown(markdown: string): Root {
  return markdownToMdast(markdown, { features: { gfm: true, frontmatter: false } }) as Root;
}

export default function remarkSatteriParse(this: Processor): void {
  this.parser = (document) => parseMarkdown(document);
}

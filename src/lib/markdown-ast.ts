/**
 * Markdown (no front matter: callers pass the body) to mdast, parsed by
 * Sätteri, the Rust Markdown parser Astro itself ships. It yields the very
 * mdast that remark-parse with remark-gfm yields (same nodes, same positions,
 * GFM autolinks, tables and footnotes included), much faster: the parse was
 * most of each story's cost in content sync and in the content check.
 */
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';

export function markdownAst(markdown: string): Root {
  return markdownToMdast(markdown, { features: { gfm: true, frontmatter: false } }) as Root;
}

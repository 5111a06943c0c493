/**
 * remark plugin: a paragraph that is only a bold "Related article:" label and
 * a link becomes a related-story callout.
 *
 *   **Related article:** [Metro opens three stations](/2026/10/24/metro-stations/)
 *
 * renders as
 *
 *   <aside class="related-callout" aria-label="Related article">
 *     <span class="related-callout-label">Related article</span> <a href="/2026/10/24/metro-stations/">Metro opens three stations</a>
 *   </aside>
 *
 * The label is matched case-insensitively, with the colon inside or just after
 * the bold; "Related articles:" may be followed by several links separated by
 * commas, semicolons or "and" (the label then reads "Related articles");
 * a full stop after the last link is dropped. Anything else in the paragraph
 * (prose after the link, a label that is not bold, a mention mid-sentence,
 * other labels such as "Related:" or "Read more:") leaves it as it is.
 *
 * The label is the file's language's (option `languageOf`, English when left
 * out): a Russian story writes `**Читайте также:** [Заголовок](/ru/…/)`, and
 * links may be joined by «и».
 */
import type { Paragraph, PhrasingContent, Root, Strong } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type {} from 'remark-rehype'; // mdast `data.hName` / `data.hProperties`
import type { Transformer } from 'unified';
import { visit } from 'unist-util-visit';

/** Each language's label: how editors write it (the colon in group 2), and how it prints for one link and for several. */
const LABELS: Readonly<Record<string, { written: RegExp; one: string; many: string }>> = {
  en: { written: /^related\s+article(s?)\s*(:?)$/i, one: 'Related article', many: 'Related articles' },
  ru: { written: /^читайте\s+также()\s*(:?)$/iu, one: 'Читайте также', many: 'Читайте также' },
};
/** What may stand between two links of one callout. */
const SEPARATOR = /^(?:[\s,;|·]|\band\b|(?<!\p{L})и(?!\p{L}))*$/iu;

export interface RelatedCalloutOptions {
  /** The BCP 47 language of the Markdown file at a path, for its label (undefined for a string without a file). */
  languageOf?: (path: string | undefined) => string;
}

export default function remarkRelatedCallout({ languageOf }: RelatedCalloutOptions = {}): Transformer<Root> {
  return (tree, file) => {
    const words = LABELS[(languageOf?.(file.path) ?? 'en').toLowerCase().split('-')[0]!] ?? LABELS.en!;
    visit(tree, 'paragraph', (node) => {
      const links = relatedLinks(node, words.written);
      if (!links) return;
      const label = links.filter((child) => child.type === 'link' || child.type === 'linkReference').length > 1 ? words.many : words.one;
      const span: Strong = {
        type: 'strong',
        data: { hName: 'span', hProperties: { className: ['related-callout-label'] } },
        children: [{ type: 'text', value: label }],
      };
      node.data = { ...node.data, hName: 'aside', hProperties: { className: ['related-callout'], ariaLabel: label } };
      node.children = [span, { type: 'text', value: ' ' }, ...links];
    });
  };
}

/** The links (and the separators between them) of a callout paragraph, or undefined if it is not one. */
function relatedLinks(paragraph: Paragraph, written: RegExp): PhrasingContent[] | undefined {
  const [first, ...rest] = paragraph.children;
  if (first?.type !== 'strong') return undefined;
  const label = written.exec(toString(first).trim());
  if (!label) return undefined;
  if (!label[2]) {
    // The colon follows the bold: `**Related article**: [...](...)`.
    const after = rest[0];
    if (after?.type !== 'text' || !/^\s*:/.test(after.value)) return undefined;
    rest[0] = { ...after, value: after.value.replace(/^\s*:/, '') };
  }
  // Drop the whitespace before the first link, and whitespace or a full stop after the last.
  if (rest[0]?.type === 'text' && !rest[0].value.trim()) rest.shift();
  const last = rest.at(-1);
  if (last?.type === 'text' && /^\s*\.?\s*$/.test(last.value)) rest.pop();
  if (rest.length === 0) return undefined;
  let expectLink = true;
  for (const child of rest) {
    if (expectLink) {
      if (child.type !== 'link' && child.type !== 'linkReference') return undefined;
    } else if (child.type !== 'text' || !SEPARATOR.test(child.value)) {
      return undefined;
    }
    expectLink = !expectLink;
  }
  return expectLink ? undefined : rest;
}

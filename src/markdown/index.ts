/**
 * The site's Markdown pipeline additions, handed to Astro's unified processor
 * in astro.config.mjs with the site's settings:
 *
 *   markdown: { processor: unified({ remarkPlugins: remarkPlugins({ languageOf }), rehypePlugins: rehypePlugins({ siteUrl, basePath, embedHosts }), smartypants: false, gfm: true }) }
 *
 * Astro itself adds GFM, image collection, syntax highlighting, heading ids
 * (rehypeHeadingIds, run after these plugins, so headings need nothing here)
 * and raw HTML (already parsed and sanitised here by rehypeBodyPolicy).
 * `smartypants: false` because remark-smart-punctuation does that job.
 */
import type { PluggableList } from 'unified';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeBasePath from './rehype-base-path.ts';
import rehypeBodyPolicy from './rehype-body-policy.ts';
import rehypeExternalLinks from './rehype-external-links.ts';
import remarkRelatedCallout from './remark-related-callout.ts';
import remarkSatteriParse from './remark-satteri-parse.ts';
import remarkSmartPunctuation, { type SmartPunctuationOptions } from './remark-smart-punctuation.ts';

/**
 * `languageOf` gives a Markdown file's language from its path (its edition's), for the quotes
 * smart punctuation prints and the related-article label; without it, English. remarkSatteriParse replaces the parser (same
 * tree, much faster), so it must stay in the list.
 */
export const remarkPlugins = ({ languageOf }: SmartPunctuationOptions = {}) =>
  [remarkSatteriParse, [remarkSmartPunctuation, { languageOf }], [remarkRelatedCallout, { languageOf }]] satisfies PluggableList & RemarkPlugins;

/** The site config's `url`, `basePath` and `embedHosts`. rehypeBodyPolicy first: it sanitises what the editor wrote, not what the site's own plugins add. */
export const rehypePlugins = ({ siteUrl, basePath, embedHosts }: { siteUrl: string; basePath: string; embedHosts: readonly string[] }) =>
  [[rehypeBodyPolicy, { embedHosts }], [rehypeExternalLinks, { siteUrl }], [rehypeBasePath, { basePath }]] satisfies PluggableList & RehypePlugins;

/**
 * The content check: every rule of the content model applied to every file,
 * every problem reported at once as `path:line  field  message  (hint)`.
 * It runs before each build (src/integrations/check-content-before-build.ts)
 * and as `npm run check`. The field rules are the schemas of
 * src/content.config.ts, passed in (checked-content.ts); the rules that span
 * files (references, duplicates, links) are the list in rules.ts.
 */
import type * as z from 'zod/v4';
import type { ContentTree } from '../content-tree.ts';
import { forgetful, type Remember } from '../file-memo.ts';
import { readCheckedContent, type CheckedArticle, type CheckedUpdate } from './checked-content.ts';
import { upcomingEmbargoes, type Embargo } from './embargoes.ts';
import { problemCollector, type Problem } from './problems.ts';
import { contentRules } from './rules.ts';
import type { StoryRename } from './story-renames.ts';

// Astro's image() returns its own image-metadata schema; the check passes a file check in its place.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SchemaFactory = (context: { image: () => any }) => z.ZodType;

/** The schemas of src/content.config.ts. */
export interface ContentSchemas {
  article: SchemaFactory;
  author: SchemaFactory;
  section: z.ZodType;
  /** A live story's updates; without it, update files are not checked. */
  update?: SchemaFactory;
}

export interface CheckOptions {
  timeZone: string;
  /** The build's clock: links must lead to pages a build at this moment writes. */
  now: Date;
  /** Paths the site builds besides content pages (/, /search/, …), so body links to them are not reported. */
  staticPaths: readonly string[];
  /** Section ids that would collide with the site's own top-level routes. */
  reservedSectionIds: readonly string[];
  headlineLimit: number;
  dekLimit: number;
  /** Hosts whose `<iframe>` embeds bodies may publish. */
  embedHosts: readonly string[];
  /** Largest image in pixels (width × height). */
  maxImagePixels: number;
  /**
   * The editions of the settings (src/site.config.ts): each one's content folder ("" for the default
   * edition's, which is the root) and path. Without it, the tree is one edition at `/`.
   */
  editions?: readonly { folder: string; path: string; language: string }[];
  /** Story files renamed in git history, newest first (storyRenames()); none outside a git work tree. */
  renames?: readonly StoryRename[];
}

export interface CheckResult {
  problems: Problem[];
  /** Every article that passed its own field rules, drafts included. */
  articles: CheckedArticle[];
  /** Every live update that passed its own field rules. */
  updates: CheckedUpdate[];
  /** How many article files were read, those with mistakes included. */
  articlesRead: number;
  /** Upcoming embargoes, soonest first. */
  embargoes: Embargo[];
}

/** `remember` is the memo readContentTree() was given, if any: the check keeps what each body yields in it too. */
export function checkContent(tree: ContentTree, schemas: ContentSchemas, options: CheckOptions, remember: Remember = forgetful): CheckResult {
  const { report, problems } = problemCollector();
  const content = readCheckedContent(tree, schemas, options, report, remember);
  for (const rule of contentRules) rule(content, report);
  return {
    problems: problems(),
    articles: content.articles,
    updates: content.updates,
    articlesRead: tree.articles.length,
    embargoes: upcomingEmbargoes(content.articles, content.updates, options.now),
  };
}

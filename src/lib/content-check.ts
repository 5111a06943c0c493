/**
 * The content check: every rule of the content model applied to every file,
 * every problem reported at once as `path:line  field  message  (hint)`.
 * It runs before each build (src/integrations/content-check.ts) and as
 * `npm run check`. The field rules are the schemas of src/content.config.ts,
 * passed in; the rules that span files (references, duplicates, links) live here.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import * as z from 'zod/v4';
import { bodyReferences } from '../markdown/internal-links.ts';
import type { ContentTree, SourceFile } from './content-tree.ts';
import { archiveMonthPath } from './archive.ts';
import { formatDateTime, isoDateTime, zonedDate } from './dates.ts';
import { liveStoryProblems } from './live/live-story-problems.ts';
import { placeholderUpdateBody } from './live/new-update.ts';
import { updateId } from './live/update-id.ts';
import { updateProblems } from './live/update-problems.ts';
import { placeholderBody, placeholderDek } from './new-story.ts';
import { statusOf, tagNames, type ArticleInput } from './newsroom.ts';
import { slugify } from './slug.ts';
import { articlePath, authorPath, sectionPath, tagPath } from './urls.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  file: string;
  line: number;
  field: string;
  message: string;
  hint?: string;
}

type ImageFunction = () => z.ZodType;
// Astro's image() returns its own image-metadata schema; the check passes a file check in its place.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SchemaFactory = (context: { image: () => any }) => z.ZodType;

export interface ContentSchemas<Article extends SchemaFactory, Author extends SchemaFactory, Section extends z.ZodType> {
  article: Article;
  author: Author;
  section: Section;
  /** A live story's updates; without it, update files are not checked. */
  update?: SchemaFactory;
}

export interface CheckedArticle<Data> {
  id: string;
  file: SourceFile;
  data: Data;
}

/** A valid, non-draft story dated after the check's clock: it appears with the first build after `publishedAt`. */
export interface Embargo {
  id: string;
  file: string;
  title: string;
  publishedAt: Date;
}

export interface CheckResult<Data> {
  problems: Problem[];
  /** Every article that passed its own field rules, drafts included. */
  articles: CheckedArticle<Data>[];
  /** Every live update that passed its own field rules, with its story's id. */
  updates: { id: string; storyId: string; file: SourceFile; data: { at: Date; title?: string } }[];
  /** How many article files were read, those with mistakes included. */
  articlesRead: number;
  /** Upcoming embargoes, soonest first. */
  embargoes: Embargo[];
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
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What to write instead, per field: the "(hint)" of each message. */
const articleExamples: Record<string, string> = {
  title: 'title: "Moscow Opens Three New Metro Stations"',
  description: 'description: "One or two sentences that sum up the story."',
  publishedAt: 'publishedAt: 2026-11-20T09:30:00+03:00',
  updatedAt: 'updatedAt: 2026-11-20T14:05:00+03:00',
  section: 'section: news',
  tags: 'tags: [Moscow, Transport]',
  authors: 'authors: [anna-volkova]  (or [] with a credit line for agency copy)',
  credit: 'credit: "AFP contributed reporting."',
  image: 'image: { src: ./photo.jpg, alt: "What the photo shows", credit: "Name / Agency", caption: "…" }',
  'image.src': 'src: ./photo.jpg, a JPEG, PNG, WebP, AVIF or GIF beside the article',
  'image.alt': 'alt: "What the photo shows, for readers who cannot see it"',
  related: 'related: [other-article-id]',
  corrections: 'corrections: [{ at: 2026-11-21T10:00:00+03:00, text: "An earlier version misstated the date." }]',
  'corrections.at': 'at: 2026-11-21T10:00:00+03:00',
  'corrections.text': 'text: "An earlier version of this story misstated the opening date."',
  draft: 'draft: true',
  sourceUrl: 'sourceUrl: https://example.org/original-story',
  location: 'location: MOSCOW',
  socialImage: 'socialImage: ./share.jpg, a JPEG, PNG, WebP, AVIF or GIF beside the article',
  live: 'live: true',
  liveEndedAt: 'liveEndedAt: 2026-11-21T18:00:00+03:00',
};

const updateExamples: Record<string, string> = {
  at: 'at: 2026-11-20T09:45:00+03:00',
  title: 'title: "Bridge closed to traffic"',
  authors: 'authors: [anna-volkova]',
  key: 'key: true',
  image: 'image: { src: ./photo.jpg, alt: "What the photo shows" }',
  'image.src': 'src: ./photo.jpg, a JPEG, PNG, WebP, AVIF or GIF beside the update',
  'image.alt': 'alt: "What the photo shows, for readers who cannot see it"',
};

const sectionExamples: Record<string, string> = {
  id: 'id: news',
  title: 'title: News',
  description: 'description: "Reporting from Moscow and the regions."',
};

/** An author's examples use their own file name: pavel-orlov.md suggests "name: Pavel Orlov". */
const authorExamples = (id: string): Record<string, string> => ({
  name: `name: ${id.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ')}`,
  role: 'role: Economics correspondent',
  avatar: `avatar: ./${id}.jpg`,
});

export function checkContent<Article extends SchemaFactory, Author extends SchemaFactory, Section extends z.ZodType>(
  tree: ContentTree,
  schemas: ContentSchemas<Article, Author, Section>,
  options: CheckOptions,
): CheckResult<z.output<ReturnType<Article>>> {
  const problems: Problem[] = [];
  const report = (severity: Severity, file: SourceFile, line: number, field: string, message: string, hint?: string) =>
    problems.push({ severity, file: file.path, line, field, message, hint });

  // One schema per collection; `image()` checks files beside whichever file is being parsed.
  let current: SourceFile | undefined;
  const image: ImageFunction = () =>
    z.string().superRefine((src, context) => {
      const problem = imageProblem(resolve(dirname(current!.absolutePath), src));
      if (problem) context.addIssue({ code: 'custom', message: problem });
    });
  const parse = <S extends z.ZodType>(schema: S, file: SourceFile, data: unknown, examples: Record<string, string>): z.output<S> | undefined => {
    current = file;
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    for (const issue of result.error.issues) reportIssue(issue, data, file, report, examples);
    return undefined;
  };
  const parseFile = <S extends z.ZodType>(schema: S, file: SourceFile, examples: Record<string, string>): z.output<S> | undefined => {
    if (file.syntaxError) {
      report('error', file, file.syntaxError.line, 'front matter', `is not valid YAML: ${file.syntaxError.message}`,
        'check indentation, and quote values that contain ": " or start with a special character');
      return undefined;
    }
    return parse(schema, file, file.data, examples);
  };

  // Sections
  const sectionIds = new Set<string>();
  const sectionsFile = tree.sections;
  if (!sectionsFile) {
    problems.push({ severity: 'error', file: `${tree.root}/sections.yaml`, line: 1, field: 'sections', message: 'file is missing',
      hint: 'create it with a list of sections: - { id: news, title: News, description: "…" }' });
  } else if (!sectionsFile.syntaxError && !Array.isArray(sectionsFile.data)) {
    report('error', sectionsFile, 1, 'sections', 'must be a list of sections', '- { id: news, title: News, description: "…" }');
  } else {
    const list = sectionsFile.syntaxError ? [undefined] : (sectionsFile.data as unknown[]);
    list.forEach((item, index) => {
      const section = sectionsFile.syntaxError ? parseFile(schemas.section, sectionsFile, sectionExamples) : parse(schemas.section, withPrefix(sectionsFile, index), item, sectionExamples);
      // A section with a mistake of its own still exists for the stories filed under it: they are not reported as well.
      const rawId = (item as { id?: unknown } | undefined)?.id;
      const sectionId = (section as { id?: string } | undefined)?.id ?? (typeof rawId === 'string' && idPattern.test(rawId) ? rawId : undefined);
      if (!sectionId) return;
      const line = sectionsFile.lineOf([index, 'id']);
      if (sectionIds.has(sectionId)) report('error', sectionsFile, line, 'id', `duplicate section id "${sectionId}"`, 'give each section its own id');
      else if (options.reservedSectionIds.includes(sectionId))
        report('error', sectionsFile, line, 'id', `"${sectionId}" is taken by a page of the site itself`, `choose another id; reserved: ${options.reservedSectionIds.join(', ')}`);
      sectionIds.add(sectionId);
    });
  }

  // Authors
  const authorIds = new Set<string>();
  const authorSchema = schemas.author({ image });
  for (const file of tree.authors) {
    const id = fileId(file);
    if (!idPattern.test(id)) report('error', file, 1, 'file name', `author id "${id}" is not URL-safe`, `rename the file to ${slugify(id) || 'name-surname'}.md`);
    // An author with a mistake of their own still exists for their stories: those are not reported as well.
    parseFile(authorSchema, file, authorExamples(id));
    authorIds.add(id);
  }

  for (const unread of tree.unread)
    problems.push({ severity: 'error', file: unread.path, line: 1, field: 'file name', message: unread.reason, hint: unread.hint });

  // Articles: field rules first, then the rules that need the whole tree.
  const articleSchema = schemas.article({ image });
  const articles: CheckedArticle<z.output<ReturnType<Article>>>[] = [];
  const pathsById = new Map<string, SourceFile[]>();
  for (const file of tree.articles) {
    const id = fileId(file);
    pathsById.set(id, [...(pathsById.get(id) ?? []), file]);
    if (!idPattern.test(id)) report('error', file, 1, 'file name', `article id "${id}" is not URL-safe`, `rename the file to ${slugify(id) || 'headline-words'}.md`);
    if (!file.body.trim()) report('error', file, file.bodyLine, 'body', 'is empty', 'write the story below the closing ---');
    const data = parseFile(articleSchema, file, articleExamples) as z.output<ReturnType<Article>> | undefined;
    if (data) articles.push({ id, file, data });
    // A story made by npm run new may be published only once its stand-in text is replaced.
    const story = data as ArticleShape | undefined;
    if (story && !story.draft) {
      if (story.description === placeholderDek)
        report('error', file, file.lineOf(['description']), 'description', `is still the template's "${placeholderDek}"`, 'write the dek: one or two sentences that sum up the story');
      const at = file.body.indexOf(placeholderBody);
      if (at >= 0)
        report('error', file, file.bodyLine + file.body.slice(0, at).split('\n').length - 1, 'body', `still has the template's "${placeholderBody}"`, 'replace it with the story');
    }
  }

  // Live updates: their own fields like a story's, then the rules that tie them to their story.
  const updateSchema = schemas.update?.({ image });
  const updates = updateSchema
    ? tree.updates.map((file) => {
        if (!file.body.trim()) report('error', file, file.bodyLine, 'body', 'is empty', 'write the update below the closing ---');
        const at = file.body.indexOf(placeholderUpdateBody);
        if (at >= 0) report('error', file, file.bodyLine + file.body.slice(0, at).split('\n').length - 1, 'body', 'still has the template\'s stand-in text', 'replace it with the update');
        const data = parseFile(updateSchema, file, updateExamples) as { at: Date; title?: string; authors: string[] } | undefined;
        return { id: updateId(file.absolutePath), storyId: basename(dirname(file.absolutePath)), file, data };
      })
    : [];
  problems.push(...updateProblems(updates, articles.map(({ id, file, data }) => ({ id, file, data: data as ArticleShape })), authorIds, options.timeZone));
  for (const article of articles) problems.push(...liveStoryProblems({ file: article.file, data: article.data as ArticleShape }));

  for (const [id, files] of pathsById) {
    if (files.length < 2) continue;
    for (const file of files)
      report('error', file, 1, 'file name', `duplicate article id "${id}": ${files.map((f) => f.path).join(' and ')}`,
        'article ids are file names and must be unique across folders; rename one of the files');
  }

  const byId = new Map(articles.map((article) => [article.id, article]));
  const tagSpellings = new Map<string, Map<string, SourceFile>>();
  for (const { id, file, data } of articles) {
    const article = data as ArticleShape;
    if (!sectionIds.has(article.section))
      report('error', file, file.lineOf(['section']), 'section', `unknown section "${article.section}"`, `use one of: ${[...sectionIds].join(', ')}`);
    article.authors.forEach((author, index) => {
      if (!authorIds.has(author))
        report('error', file, file.lineOf(['authors', index]), 'authors', `unknown author "${author}"`,
          `use one of: ${[...authorIds].join(', ')}, or add content/authors/${author}.md`);
    });
    article.related.forEach((pinned, index) => {
      const line = file.lineOf(['related', index]);
      const target = byId.get(pinned)?.data as ArticleShape | undefined;
      if (pinned === id) report('error', file, line, 'related', 'an article cannot pin itself', 'remove its own id from related');
      else if (!pathsById.has(pinned)) report('error', file, line, 'related', `unknown article "${pinned}"`, 'use the file name of an existing story, without .md');
      else if (target?.draft) report('warning', file, line, 'related', `"${pinned}" is a draft and is left out until it is published`);
      else if (target && target.publishedAt > options.now)
        report('warning', file, line, 'related', `"${pinned}" is under embargo and is left out until a build after ${formatDateTime(target.publishedAt, options.timeZone)}`);
    });
    if (article.updatedAt && article.updatedAt < article.publishedAt)
      report('error', file, file.lineOf(['updatedAt']), 'updatedAt', 'is before publishedAt', 'an update comes after publication; check the date and the offset');
    article.corrections.forEach((correction, index) => {
      if (correction.at < article.publishedAt)
        report('error', file, file.lineOf(['corrections', index, 'at']), `corrections.${index}.at`, 'is before publishedAt', 'a correction comes after publication; check the date and the offset');
    });
    if (article.title.length > options.headlineLimit)
      report('warning', file, file.lineOf(['title']), 'title', `is ${article.title.length} characters long`, `headlines over ${options.headlineLimit} characters are cut off in search results and feeds`);
    if (article.description.length > options.dekLimit)
      report('warning', file, file.lineOf(['description']), 'description', `is ${article.description.length} characters long`, `keep the dek under ${options.dekLimit} characters`);
    article.tags.forEach((tag, index) => {
      const slug = slugify(tag);
      const spellings = tagSpellings.get(slug) ?? new Map<string, SourceFile>();
      if (!spellings.has(tag)) spellings.set(tag, file);
      tagSpellings.set(slug, spellings);
      if (!slug) report('error', file, file.lineOf(['tags', index]), 'tags', `tag "${tag}" has no letters or digits`, 'remove it');
    });
  }

  // Tags that differ only by case, spacing or punctuation: the hint is the spelling the site shows.
  const shownTags = tagNames(articles.map(({ id, data }) => ({ id, data: data as ArticleShape })));
  for (const { file, data } of articles) {
    (data as ArticleShape).tags.forEach((tag, index) => {
      const slug = slugify(tag);
      const shown = shownTags.get(slug);
      if (shown && tagSpellings.get(slug)!.size > 1 && shown.name !== tag)
        report('warning', file, file.lineOf(['tags', index]), 'tags', `tag "${tag}" is spelled "${shown.name}" elsewhere`, `write "${shown.name}"`);
    });
  }

  // Images in bodies: alt text, and a real image file beside the story for local ones.
  const references = new Map([...tree.articles, ...tree.updates].map((file) => [file, bodyReferences(file.body)]));
  for (const [file, { images }] of references) {
    for (const image of images) {
      const line = file.bodyLine + image.line - 1;
      if (!image.alt.trim())
        report('error', file, line, 'body', `image ${image.url} has no alt text`, `write ![What the picture shows](${image.url})`);
      if (!isLocalFile(image.url)) continue;
      const problem = imageProblem(resolve(dirname(file.absolutePath), decodeURI(image.url)));
      if (problem) report('error', file, line, 'body', problem, 'put a JPEG, PNG, WebP, AVIF or GIF beside the story and write ![alt](./photo.jpg)');
    }
  }

  // Internal links in bodies must lead to a page the build writes. Stories are read leniently
  // here, so a story with a mistake of its own does not also break every link to it.
  const glimpses = tree.articles.map(glimpse);
  const expectedPath = new Map(
    glimpses.flatMap(({ id, publishedAt }) => (publishedAt ? [[id, articlePath(id, publishedAt, options.timeZone)] as const] : [])),
  );
  /** The build's own rule (statusOf) for a story at `time`; one without a valid date is on no page. */
  const statusAt = (story: Glimpse, time: Date) => (story.publishedAt ? statusOf({ data: { draft: story.draft, publishedAt: story.publishedAt } }, time) : undefined);
  /** The pages these stories bring: their own, their tags' and their months'. */
  const pagesOf = (stories: Glimpse[]) => [
    ...stories.flatMap((story) => story.tags.map(tagPath)),
    ...stories.flatMap((story) => (expectedPath.has(story.id) ? [expectedPath.get(story.id)!] : [])),
    ...stories.map((story) => {
      const { year, month } = zonedDate(story.publishedAt!, options.timeZone);
      return archiveMonthPath(year, month);
    }),
  ];
  const pagesNow = new Set<string>([
    ...options.staticPaths,
    ...[...sectionIds].map(sectionPath),
    ...[...authorIds].map(authorPath),
    ...pagesOf(glimpses.filter((story) => statusAt(story, options.now) === 'published')),
  ]);
  const upcoming = glimpses.filter((story) => statusAt(story, options.now) === 'embargoed');
  const glimpseById = new Map(glimpses.map((story) => [story.id, story]));
  for (const [file, { links }] of references) {
    // An update links from its story's page.
    const source = glimpseById.get(tree.updates.includes(file) ? basename(dirname(file.absolutePath)) : fileId(file))!;
    // A story under embargo links to the site as it will be when it is out: with the pages of the stories out by then, its own tags' included.
    const embargoed = upcoming.includes(source);
    const pagesBy = embargoed ? new Set(pagesOf(upcoming.filter((story) => statusAt(story, source.publishedAt!) === 'published'))) : undefined;
    for (const link of links) {
      const path = link.url.replace(/[?#].*$/, '');
      const normalised = path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
      if (pagesNow.has(normalised) || pagesBy?.has(normalised)) continue;
      const target = glimpseById.get(normalised.split('/').filter(Boolean).at(-1) ?? '');
      // A story without a valid date has no address yet; its own publishedAt error is the one to fix.
      if (target && !target.publishedAt) continue;
      const linksToStory = target !== undefined && normalised === expectedPath.get(target.id);
      const hint = target?.draft
        ? `"${target.id}" is a draft`
        : linksToStory
          ? `"${target.id}" is embargoed until ${formatDateTime(target.publishedAt!, options.timeZone)}; link to it once it is out`
          : target && expectedPath.has(target.id)
            ? `did you mean ${expectedPath.get(target.id)}?`
            : 'link to an existing story, section, tag or author page';
      report('error', file, file.bodyLine + link.line - 1, 'body', `link ${link.url} leads nowhere`, hint);
    }
  }

  const bylines = new Set(glimpses.flatMap((story) => story.authors));
  for (const file of tree.authors) {
    const id = fileId(file);
    if (authorIds.has(id) && !bylines.has(id))
      report('warning', file, 1, 'author', `"${id}" has no stories`, `add authors: [${id}] to a story, or delete this file if they no longer write for you`);
  }

  const embargoes = articles
    .filter(({ data }) => !(data as ArticleShape).draft && (data as ArticleShape).publishedAt > options.now)
    .map(({ id, file, data }) => ({ id, file: file.path, title: (data as ArticleShape).title, publishedAt: (data as ArticleShape).publishedAt }))
    // A live update under embargo appears with a build after its time, like a story.
    .concat(updates.flatMap(({ id, storyId, file, data }) => (data && data.at > options.now ? [{ id, file: file.path, title: data.title ?? `an update of ${storyId}`, publishedAt: data.at }] : [])))
    .sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime() || a.id.localeCompare(b.id));

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
  return {
    problems,
    articles,
    updates: updates.flatMap(({ id, storyId, file, data }) => (data ? [{ id, storyId, file, data }] : [])),
    articlesRead: tree.articles.length,
    embargoes,
  };
}

/** A body image that is a file beside the story, not a site path or a URL. */
const isLocalFile = (url: string) => !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(url);

/** The fields of an article the cross-file rules read, as the schema outputs them. */
type ArticleShape = Pick<ArticleInput<unknown>['data'], 'title' | 'description' | 'publishedAt' | 'updatedAt' | 'section' | 'tags' | 'authors' | 'related' | 'draft' | 'live' | 'liveEndedAt'> &
  Required<Pick<ArticleInput<unknown>['data'], 'corrections'>>;

/** What a story's raw front matter says about where it will live, whatever else is wrong with it. */
interface Glimpse {
  id: string;
  publishedAt?: Date;
  draft: boolean;
  tags: string[];
  authors: string[];
}

function glimpse(file: SourceFile): Glimpse {
  const data = (file.data ?? {}) as Record<string, unknown>;
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
  return {
    id: fileId(file),
    publishedAt: typeof data.publishedAt === 'string' ? isoDateTime(data.publishedAt) : undefined,
    draft: data.draft === true,
    tags: strings(data.tags),
    authors: strings(data.authors),
  };
}

const fileId = (file: SourceFile) => file.absolutePath.replace(/^.*[\\/]/, '').replace(/\.md$/, '');

/** The fix for a value of the wrong type when what the editor meant is clear: "no" for false, a single id for a list of one. */
function typeFix(name: string, expected: string, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (expected === 'boolean' && /^(no|n|off|false)$/i.test(value.trim())) return `write ${name}: false, without quotes`;
  if (expected === 'boolean' && /^(yes|y|on|true)$/i.test(value.trim())) return `write ${name}: true, without quotes`;
  if (expected === 'array') return `write ${name}: [${value}]`;
  return undefined;
}

/** Line lookups for one item of a YAML list file (sections.yaml). */
function withPrefix(file: SourceFile, index: number): SourceFile {
  return { ...file, lineOf: (path) => file.lineOf([index, ...path]) };
}

type Report = (severity: Severity, file: SourceFile, line: number, field: string, message: string, hint?: string) => void;

function reportIssue(issue: z.core.$ZodIssue, data: unknown, file: SourceFile, report: Report, examples: Record<string, string>) {
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) {
      const path = [...issue.path, key];
      const known = Object.keys(examples).filter((name) => !name.includes('.'));
      const suggestion = closest(key, known);
      report('error', file, file.lineOf(path), fieldName(path), 'is not a known field',
        suggestion ? `did you mean "${suggestion}"?` : 'remove it; the README lists every field');
    }
    return;
  }
  const field = fieldName(issue.path);
  const line = file.lineOf(issue.path);
  const hint = examples[field.replace(/\.\d+(?=\.|$)/g, '')] ?? examples[String(issue.path.at(-1))];
  const value = valueAt(data, issue.path);
  if (value === undefined && issue.code === 'invalid_type') {
    report('error', file, line, field, 'is required', hint && `add ${hint}`);
  } else if (issue.code === 'invalid_type') {
    report('error', file, line, field, `must be ${article(issue.expected)}, not ${describe(value)}`, typeFix(String(issue.path.at(-1)), issue.expected, value) ?? hint);
  } else {
    report('error', file, line, field, issue.message.replace(/^Invalid input: /, ''), hint);
  }
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.filter((key) => typeof key !== 'number' || path.length > 1).map(String).join('.') || 'front matter';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function article(type: string): string {
  return type === 'array' ? 'a list' : type === 'object' ? 'a group of fields' : /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** A known field name within two edits of a typo ("titel" → "title"). */
function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

const imageSignatures: Array<[string, (bytes: Buffer) => boolean]> = [
  ['JPEG', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['PNG', (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['GIF', (b) => b.subarray(0, 4).toString('latin1') === 'GIF8'],
  ['WebP', (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP'],
  ['AVIF', (b) => b.subarray(4, 12).toString('latin1').startsWith('ftypavi')],
];

/** Why a path is not a usable image, or undefined when it is one. Reads the first bytes, not the extension. */
export function imageProblem(path: string): string | undefined {
  const bytes = Buffer.alloc(16);
  try {
    const descriptor = openSync(path, 'r');
    readSync(descriptor, bytes, 0, bytes.length, 0);
    closeSync(descriptor);
  } catch {
    return `image file ${path.replace(/^.*[\\/]/, '')} does not exist beside the article`;
  }
  return imageSignatures.some(([, matches]) => matches(bytes)) ? undefined : `${path.replace(/^.*[\\/]/, '')} is not a JPEG, PNG, GIF, WebP or AVIF image`;
}

/** The check's info lines: which stories are waiting for their time, and when they appear. */
export function formatEmbargoes(embargoes: readonly Embargo[], timeZone: string): string {
  return embargoes
    .map((story) => `embargoed until ${formatDateTime(story.publishedAt, timeZone)} (${timeZone}): ${story.file}  "${story.title}"`)
    .join('\n');
}

export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map(
    (p) => `${p.severity === 'warning' ? 'warning ' : ''}${p.file}:${p.line}  ${p.field}  ${p.message}${p.hint ? `  (${p.hint})` : ''}`,
  );
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  lines.push(`${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  return lines.join('\n');
}


/**
 * The newsroom model: validated collection entries in, everything a page needs
 * out (URLs, fronts, tag and author indexes, related stories), computed once
 * per build. Pure: the Astro side only fetches the collections and renders.
 */
import type { ArticleData, AuthorData, SectionData } from '../content.config.ts';
import { liveCoverage, type LiveCoverage, type UpdateInput } from './live/live-coverage.ts';
import { byNewestActivity } from './live/newest-activity.ts';
import { updateStoryId } from './live/update-id.ts';
import { inEdition } from './editions.ts';
import { buildRelatedIndex, type RelatedDocument, type RelatedOverrides } from './related/index.ts';
import { readingMinutes } from './reading-time.ts';
import { slugify } from './slug.ts';
import { quoteStyleFor, smartPunctuation } from './smart-punctuation.ts';
import { articlePath, authorPath, pagePath, sectionPath, tagPath } from './urls.ts';

/** The collections' entries as the build reads them; their data's shape is the schema's (src/content.config.ts). */
export interface ArticleInput<Image> {
  id: string;
  body?: string;
  data: ArticleData<Image>;
}

export type ImageInput<Image> = NonNullable<ArticleData<Image>['image']>;

/** A dated correction or update note, printed at the foot of the story. */
export type Correction = ArticleData['corrections'][number];

export interface AuthorInput<Image> {
  id: string;
  body?: string;
  data: AuthorData<Image>;
}

export interface SectionInput {
  id: string;
  data: Omit<SectionData, 'id'>;
}

export interface Section extends SectionData {
  path: string;
}

export interface Tag {
  /** The editors' spelling, for display. */
  name: string;
  slug: string;
  path: string;
}

/** An author as an edition shows them: `name` in the edition's language (from `names`, else as written). */
export type Author<Image> = Omit<AuthorData<Image>, 'names' | 'roles'> & {
  id: string;
  path: string;
};

/** The same story in another edition: what a page needs to link it and to name its language. */
export interface Translation {
  /** The edition's id. */
  edition: string;
  /** BCP 47, for `hreflang` and the link's `lang`. */
  language: string;
  path: string;
  title: string;
}

/** Drafts and embargoed stories exist only in previews (`npm run dev`). */
export type Status = 'published' | 'draft' | 'embargoed';

export interface Story<Image> {
  id: string;
  title: string;
  description: string;
  publishedAt: Date;
  /** When the page says "Updated": the newest of `updatedAt` and the corrections' times. */
  updatedAt?: Date;
  /** Oldest first, as they are printed. */
  corrections: Correction[];
  section: Section;
  tags: Tag[];
  authors: Author<Image>[];
  credit?: string;
  image?: ImageInput<Image>;
  sourceUrl?: string;
  location?: string;
  path: string;
  /** Old paths of the story, each served as a redirect to `path`. */
  aliases: string[];
  readingMinutes: number;
  status: Status;
  /** A live story's coverage: its updates, newest first, and when it ended. */
  live?: LiveCoverage<Image, Author<Image>>;
  /** In an edition other than the default: the id of the default edition's story this one translates. */
  translationOf?: string;
  /** The same story in the other editions, in edition order (set by linkTranslations()). */
  translations: Translation[];
}

export interface Newsroom<Image> {
  /** Newest first. */
  stories: Story<Image>[];
  sections: Section[];
  tags: Tag[];
  authors: Author<Image>[];
  story(id: string): Story<Image> | undefined;
  sectionStories(sectionId: string): Story<Image>[];
  tagStories(slug: string): Story<Image>[];
  authorStories(authorId: string): Story<Image>[];
  related(storyId: string): Story<Image>[];
}

export interface NewsroomOptions {
  timeZone: string;
  /** The build's clock: stories published after it are embargoed. */
  now: Date;
  /** Previews show drafts and embargoed stories; production never does. */
  includeUnpublished: boolean;
  related: RelatedOverrides;
  /** The edition the stories are in: its path prefixes every URL, its language sets the quotes and the authors' names. Default: the site's root, in English. */
  edition?: { path: string; language: string };
}

export function statusOf(article: { data: Pick<ArticleInput<unknown>['data'], 'draft' | 'publishedAt'> }, now: Date): Status {
  if (article.data.draft) return 'draft';
  return article.data.publishedAt.getTime() > now.getTime() ? 'embargoed' : 'published';
}

/** The agency line that ends a signed story; unsigned copy shows its credit in the byline's place instead. */
export function closingCredit(story: Pick<Story<unknown>, 'authors' | 'credit'>): string | undefined {
  return story.authors.length > 0 ? story.credit : undefined;
}

/** What the related-articles index reads of an article (the newsroom and `npm run related` both build it from this). */
export function relatedDocument({ id, body = '', data }: ArticleInput<unknown>): RelatedDocument {
  return { id, title: data.title, description: data.description, body, section: data.section, tags: data.tags, publishedAt: data.publishedAt, related: data.related };
}

export function buildNewsroom<Image>(
  input: { articles: ArticleInput<Image>[]; authors: AuthorInput<Image>[]; sections: SectionInput[]; updates?: UpdateInput<Image>[] },
  options: NewsroomOptions,
): Newsroom<Image> {
  const edition = options.edition ?? { path: '/', language: 'en' };
  const at = (path: string) => inEdition(path, edition);
  const quotes = quoteStyleFor(edition.language);
  const language = edition.language.toLowerCase().split('-')[0]!;
  const sections: Section[] = input.sections.map(({ id, data }) => ({ id, title: data.title, description: data.description, path: at(sectionPath(id)) }));
  const sectionById = new Map(sections.map((section) => [section.id, section]));
  const authors: Author<Image>[] = input.authors
    .map(({ id, data }) => ({
      id,
      name: data.names?.[edition.language] ?? data.names?.[language] ?? data.name,
      // The role as written is in the default edition's language.
      role: edition.path === '/' ? data.role : (data.roles?.[edition.language] ?? data.roles?.[language]),
      avatar: data.avatar,
      path: at(authorPath(id)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const authorById = new Map(authors.map((author) => [author.id, author]));

  const visible = input.articles
    .map((article) => ({ article, status: statusOf(article, options.now) }))
    .filter(({ status }) => options.includeUnpublished || status === 'published');
  const tagBySlug = tagNames(visible.map(({ article }) => article), edition);
  const updatesByStory = Map.groupBy(input.updates ?? [], (update) => updateStoryId(update.id));
  const author = (authorId: string) => required(authorById.get(authorId), `author "${authorId}"`);

  const stories: Story<Image>[] = visible
    .map(({ article: { id, body = '', data }, status }) => {
      const live = data.live
        ? liveCoverage(data, updatesByStory.get(id) ?? [], { now: options.now, includeUnpublished: options.includeUnpublished, author })
        : undefined;
      return {
        id,
        // Typeset like the body, so a headline's quotes match everywhere it appears: page, lists, feeds, share card.
        title: smartPunctuation(data.title, quotes),
        description: smartPunctuation(data.description, quotes),
        publishedAt: data.publishedAt,
        // A live story was last updated by its newest update.
        updatedAt: lastUpdate(data.updatedAt, [...data.corrections, ...(live?.updates.slice(0, 1) ?? [])]),
        corrections: [...data.corrections].sort((a, b) => a.at.getTime() - b.at.getTime()),
        section: required(sectionById.get(data.section), `section "${data.section}" of article "${id}"`),
        tags: uniqueBy(data.tags.map((tag) => tagBySlug.get(slugify(tag))!), (tag) => tag.slug),
        authors: data.authors.map((authorId) => required(authorById.get(authorId), `author "${authorId}" of article "${id}"`)),
        credit: data.credit,
        image: data.image,
        sourceUrl: data.sourceUrl,
        location: data.location,
        path: at(articlePath(id, data.publishedAt, options.timeZone)),
        aliases: data.aliases,
        readingMinutes: readingMinutes(body),
        status,
        live,
        translationOf: data.translationOf,
        translations: [],
      };
    })
    .sort(byNewestActivity);

  const storyById = new Map(stories.map((story) => [story.id, story]));
  const group = (keys: (story: Story<Image>) => string[]) => {
    const groups = new Map<string, Story<Image>[]>();
    for (const story of stories)
      for (const key of keys(story)) {
        const members = groups.get(key);
        if (members) members.push(story);
        else groups.set(key, [story]);
      }
    return groups;
  };
  const bySection = group((story) => [story.section.id]);
  const byTag = group((story) => story.tags.map((tag) => tag.slug));
  const byAuthor = group((story) => story.authors.map((author) => author.id));

  // A live story is one story to the related index: its updates' words are its own.
  const updateWords = (id: string) => (storyById.get(id)?.live?.updates ?? []).map((update) => `\n\n${update.title ?? ''} ${update.text}`).join('');
  const relatedIndex = buildRelatedIndex(
    visible.map(({ article }) => relatedDocument({ ...article, body: `${article.body ?? ''}${updateWords(article.id)}` })),
    options.related,
  );
  // Only the lists are kept: the index's term tables, the largest part of the model, go once they are made.
  // (A loop, not a callback: a closure naming the index would keep it alive with this function's others.)
  const relatedIds = new Map<string, string[]>();
  for (const story of stories) relatedIds.set(story.id, relatedIndex.relatedTo(story.id));

  return {
    stories,
    sections,
    tags: [...tagBySlug.values()].filter((tag) => byTag.has(tag.slug)).sort((a, b) => a.slug.localeCompare(b.slug)),
    authors,
    story: (id) => storyById.get(id),
    sectionStories: (sectionId) => bySection.get(sectionId) ?? [],
    tagStories: (slug) => byTag.get(slug) ?? [],
    authorStories: (authorId) => byAuthor.get(authorId) ?? [],
    related: (storyId) => (relatedIds.get(storyId) ?? []).map((id) => storyById.get(id)!),
  };
}

/** A correction updates the story: the page's "Updated" time is the newest of `updatedAt` and every correction. */
export function lastUpdate(updatedAt: Date | undefined, corrections: readonly Pick<Correction, 'at'>[]): Date | undefined {
  return [updatedAt, ...corrections.map((correction) => correction.at)].reduce<Date | undefined>(
    (newest, date) => (date && (!newest || date > newest) ? date : newest),
    undefined,
  );
}

/** One display name per tag slug: the spelling most stories use, ties to the first in id order; pages in the edition at `edition.path`. */
export function tagNames(articles: { id: string; data: { tags: string[] } }[], edition: { path: string } = { path: '/' }): Map<string, Tag> {
  const counts = new Map<string, Map<string, number>>();
  for (const article of [...articles].sort((a, b) => a.id.localeCompare(b.id)))
    for (const name of article.data.tags) {
      const slug = slugify(name);
      const spellings = counts.get(slug) ?? new Map<string, number>();
      spellings.set(name, (spellings.get(name) ?? 0) + 1);
      counts.set(slug, spellings);
    }
  const tags = new Map<string, Tag>();
  for (const [slug, spellings] of counts) {
    const [name] = [...spellings].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
    tags.set(slug, { name, slug, path: inEdition(tagPath(name), edition) });
  }
  return tags;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

/** The content check guarantees references resolve; reaching this is a bug, not an editor's mistake. */
function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Broadsheet: ${what} is unknown; run \`npm run check\``);
  return value;
}

export interface Page<T> {
  number: number;
  total: number;
  items: T[];
  path: string;
  previousPath?: string;
  nextPath?: string;
}

/** Splits a front into pages: page 1 at the front's own path, then `page/<n>/`. An empty front still has page 1. */
export function paginate<T>(items: readonly T[], pageSize: number, frontPath: string): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: total }, (_, index) => {
    const number = index + 1;
    return {
      number,
      total,
      items: items.slice(index * pageSize, number * pageSize),
      path: pagePath(frontPath, number),
      previousPath: number > 1 ? pagePath(frontPath, number - 1) : undefined,
      nextPath: number < total ? pagePath(frontPath, number + 1) : undefined,
    };
  });
}

/** The `[...page]` route parameter of a front's page: none for page 1, `page/<n>` after. */
export const pageParam = (number: number): string | undefined => (number > 1 ? `page/${number}` : undefined);

/**
 * Tells each story of each edition its translations: the stories of other
 * editions that translate it (`translationOf` its id) or that it translates,
 * and their other translations. The content check guarantees one story per
 * edition and language; editions come in the settings' order, the default first.
 */
export function linkTranslations(editions: readonly { id: string; language: string; stories: Story<unknown>[] }[]): void {
  const groups = new Map<string, { edition: string; language: string; story: Story<unknown> }[]>();
  for (const { id, language, stories } of editions)
    for (const story of stories) {
      const key = story.translationOf ?? story.id;
      groups.set(key, [...(groups.get(key) ?? []), { edition: id, language, story }]);
    }
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    for (const { story } of members)
      story.translations = members.filter((member) => member.story !== story).map((member) => ({ edition: member.edition, language: member.language, path: member.story.path, title: member.story.title }));
  }
}

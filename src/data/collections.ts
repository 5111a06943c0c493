/**
 * The Astro side of the newsroom: the content collections, fetched and
 * modelled once per build (module state is shared by every page of a build),
 * so no page re-sorts the archive or rebuilds the related index. Routes take
 * what they show from here in `getStaticPaths` (see static-paths.ts).
 *
 * Each edition is a newsroom of its own (src/lib/editions.ts): its sections,
 * its stories, tags and related index; authors are shared, named in the
 * edition's language. A tree without an edition's folder does not build it.
 */
import type { ImageMetadata } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { relative, resolve, sep } from 'node:path';
import { contentRoot } from '../lib/content-root.ts';
import { editionFolders } from '../lib/edition-folders.ts';
import { editionFolder, type Edition } from '../lib/editions.ts';
import { buildNewsroom, linkTranslations, type Newsroom, type Section } from '../lib/newsroom.ts';
import { withMarkdownBody } from './rendered-body.ts';
import { site } from '../site.config.ts';

export type ArticleEntry = CollectionEntry<'articles'> | CollectionEntry<'editionArticles'>;
export type AuthorEntry = CollectionEntry<'authors'>;
export type UpdateEntry = CollectionEntry<'updates'>;

/** One edition of this build: its settings and its newsroom. */
export interface EditionContent {
  edition: Edition;
  newsroom: Newsroom<ImageMetadata>;
}

/** The newsroom model, and the entries behind it for what the model leaves out: bodies to render, `socialImage`. */
export interface Content {
  /** The default edition's newsroom. */
  newsroom: Newsroom<ImageMetadata>;
  /** Every edition this build makes, the default first. */
  editions: EditionContent[];
  /** The build's clock, read once: what is out of embargo, and which stories still share a drawn card. */
  now: Date;
  articleEntry(id: string): ArticleEntry;
  authorEntry(id: string): AuthorEntry;
  /** A live update by its id (`<story id>/<file name>`). */
  updateEntry(id: string): UpdateEntry;
}

let loaded: Promise<Content> | undefined;

export function getContent(): Promise<Content> {
  loaded ??= load();
  return loaded;
}

/** Every edition's sections menu: part of every page's cacheKey (static-paths.ts). */
export async function siteMenu(): Promise<Section[][]> {
  return (await getContent()).editions.map(({ newsroom }) => newsroom.sections);
}

/** An edition's sections menu, at the top of its pages. */
export async function editionMenu(edition: Pick<Edition, 'id'>): Promise<Section[]> {
  return (await getContent()).editions.find((entry) => entry.edition.id === edition.id)!.newsroom.sections;
}

/** The edition folder a story file is in ("" for the default edition's `content/articles/`). */
function folderOf(entry: { filePath?: string }): string {
  const path = relative(contentRoot, resolve(entry.filePath ?? '')).split(sep);
  return path[0] === 'articles' ? '' : path[0]!;
}

async function load(): Promise<Content> {
  const started = performance.now();
  const [defaultArticles, editionArticles, authors, sections, editionSections, updates] = await Promise.all([
    getCollection('articles'),
    getCollection('editionArticles'),
    getCollection('authors'),
    getCollection('sections'),
    getCollection('editionSections'),
    getCollection('updates'),
  ]);
  // Bodies are kept out of the content store (src/loaders/bodies-on-disk.ts): the model reads them from disk,
  // and they are let go once it is built.
  const [defaultBodies, editionBodies, updateBodies] = await Promise.all([
    Promise.all(defaultArticles.map(withMarkdownBody)),
    Promise.all(editionArticles.map(withMarkdownBody)),
    Promise.all(updates.map(withMarkdownBody)),
  ]);
  const fetched = performance.now();
  const now = new Date();
  const present = new Set(editionFolders(contentRoot));
  const editions = site.editions.filter((edition, index) => index === 0 || present.has(edition.id));
  const byMenuOrder = (a: { data: { menuOrder: number } }, b: { data: { menuOrder: number } }) => a.data.menuOrder - b.data.menuOrder;
  const built: EditionContent[] = editions.map((edition) => {
    const folder = editionFolder(edition, site.editions);
    const articles = folder === '' ? defaultBodies : editionBodies.filter((entry) => folderOf(entry) === folder);
    const menu = folder === '' ? sections : editionSections.filter((section) => section.data.edition === folder).map((section) => ({ ...section, id: section.data.id }));
    const newsroom = buildNewsroom(
      { articles, authors, updates: folder === '' ? updateBodies : [], sections: menu.sort(byMenuOrder) },
      { timeZone: site.timeZone, now, includeUnpublished: import.meta.env.MODE === 'development', related: site.related, edition },
    );
    return { edition, newsroom };
  });
  linkTranslations(built.map(({ edition, newsroom }) => ({ id: edition.id, language: edition.language, stories: newsroom.stories })));
  // For `npm run bench`, which reports the related index's share of the build.
  if (process.env.BROADSHEET_TIMINGS) {
    const ms = (from: number, to: number) => Math.round(to - from);
    console.log(`[broadsheet] newsroom: collections ${ms(started, fetched)} ms, model with related index ${ms(fetched, performance.now())} ms`);
  }
  return {
    newsroom: built[0]!.newsroom,
    editions: built,
    now,
    articleEntry: lookup('article', [...defaultArticles, ...editionArticles]),
    authorEntry: lookup('author', authors),
    updateEntry: lookup('update', updates),
  };
}

function lookup<Entry extends { id: string }>(kind: string, entries: Entry[]): (id: string) => Entry {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return (id) => {
    const entry = byId.get(id);
    if (!entry) throw new Error(`Broadsheet: no ${kind} "${id}"`);
    return entry;
  };
}

/**
 * The Astro side of the newsroom: the content collections, fetched and
 * modelled once per build (module state is shared by every page of a build),
 * so no page re-sorts the archive or rebuilds the related index. Routes take
 * what they show from here in `getStaticPaths` (see static-paths.ts).
 */
import type { ImageMetadata } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildNewsroom, type Newsroom, type Section } from '../lib/newsroom.ts';
import { withMarkdownBody } from './rendered-body.ts';
import { site } from '../site.config.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type AuthorEntry = CollectionEntry<'authors'>;
export type UpdateEntry = CollectionEntry<'updates'>;

/** The newsroom model, and the entries behind it for what the model leaves out: bodies to render, `socialImage`. */
export interface Content {
  newsroom: Newsroom<ImageMetadata>;
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

export async function getNewsroom(): Promise<Newsroom<ImageMetadata>> {
  return (await getContent()).newsroom;
}

/** The sections menu at the top of every page: part of every page's cacheKey (static-paths.ts). */
export async function siteMenu(): Promise<Section[]> {
  return (await getContent()).newsroom.sections;
}

async function load(): Promise<Content> {
  const started = performance.now();
  const [articles, authors, sections, updates] = await Promise.all([
    getCollection('articles'),
    getCollection('authors'),
    getCollection('sections'),
    getCollection('updates'),
  ]);
  // Bodies are kept out of the content store (src/loaders/bodies-on-disk.ts): the model reads them from disk,
  // and they are let go once it is built.
  const [articleBodies, updateBodies] = await Promise.all([Promise.all(articles.map(withMarkdownBody)), Promise.all(updates.map(withMarkdownBody))]);
  const fetched = performance.now();
  const now = new Date();
  const newsroom = buildNewsroom(
    { articles: articleBodies, authors, updates: updateBodies, sections: sections.sort((a, b) => a.data.menuOrder - b.data.menuOrder) },
    { timeZone: site.timeZone, now, includeUnpublished: import.meta.env.MODE === 'development', related: site.related },
  );
  // For `npm run bench`, which reports the related index's share of the build.
  if (process.env.BROADSHEET_TIMINGS) {
    const ms = (from: number, to: number) => Math.round(to - from);
    console.log(`[broadsheet] newsroom: collections ${ms(started, fetched)} ms, model with related index ${ms(fetched, performance.now())} ms`);
  }
  return { newsroom, now, articleEntry: lookup('article', articles), authorEntry: lookup('author', authors), updateEntry: lookup('update', updates) };
}

function lookup<Entry extends { id: string }>(kind: string, entries: Entry[]): (id: string) => Entry {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return (id) => {
    const entry = byId.get(id);
    if (!entry) throw new Error(`Broadsheet: no ${kind} "${id}"`);
    return entry;
  };
}

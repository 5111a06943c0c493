/**
 * The Astro side of the newsroom: the content collections, fetched and
 * modelled once per build (module state is shared by every page of a build),
 * so no page re-sorts the archive or rebuilds the related index. Routes take
 * what they show from here in `getStaticPaths` (see static-paths.ts).
 */
import type { ImageMetadata } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildNewsroom, type Newsroom, type Section } from '../lib/newsroom.ts';
import { site } from '../site.config.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type AuthorEntry = CollectionEntry<'authors'>;

interface Collections {
  newsroom: Newsroom<ImageMetadata>;
  articles: Map<string, ArticleEntry>;
  authors: Map<string, AuthorEntry>;
}

let loaded: Promise<Collections> | undefined;
const collections = (): Promise<Collections> => (loaded ??= load());

export async function getNewsroom(): Promise<Newsroom<ImageMetadata>> {
  return (await collections()).newsroom;
}

/** The sections menu at the top of every page: part of every page's cacheKey (static-paths.ts). */
export async function siteMenu(): Promise<Section[]> {
  return (await collections()).newsroom.sections;
}

/** A story's entry: its body to render, and the frontmatter the model leaves out (`socialImage`). */
export async function articleEntry(id: string): Promise<ArticleEntry> {
  const entry = (await collections()).articles.get(id);
  if (!entry) throw new Error(`Broadsheet: no article "${id}"`);
  return entry;
}

/** An author's entry: the bio to render. */
export async function authorEntry(id: string): Promise<AuthorEntry> {
  const entry = (await collections()).authors.get(id);
  if (!entry) throw new Error(`Broadsheet: no author "${id}"`);
  return entry;
}

async function load(): Promise<Collections> {
  const started = performance.now();
  const [articles, authors, sections] = await Promise.all([
    getCollection('articles'),
    getCollection('authors'),
    getCollection('sections'),
  ]);
  const fetched = performance.now();
  const newsroom = buildNewsroom(
    { articles, authors, sections: sections.sort((a, b) => a.data.menuOrder - b.data.menuOrder) },
    { timeZone: site.timeZone, now: new Date(), includeUnpublished: import.meta.env.MODE === 'development', related: site.related },
  );
  // For `npm run bench`, which reports the related index's share of the build.
  if (process.env.BROADSHEET_TIMINGS) {
    const ms = (from: number, to: number) => Math.round(to - from);
    console.log(`[broadsheet] newsroom: collections ${ms(started, fetched)} ms, model with related index ${ms(fetched, performance.now())} ms`);
  }
  return {
    newsroom,
    articles: new Map(articles.map((entry) => [entry.id, entry])),
    authors: new Map(authors.map((entry) => [entry.id, entry])),
  };
}

/**
 * The one place pages get content from: the collections, fetched and modelled
 * once per build (module state is shared by every page of a build), so no page
 * re-sorts the archive or rebuilds the related index.
 */
import type { ImageMetadata } from 'astro';
import { getCollection } from 'astro:content';
import { buildNewsroom, type Newsroom, type Story } from '../lib/newsroom.ts';
import { pageKey } from '../lib/page-key.ts';
import { site } from '../site.config.ts';

let newsroomPromise: Promise<Newsroom<ImageMetadata>> | undefined;
/** Astro's content digest of each entry, by "collection/id": a changed body changes it. */
const digests = new Map<string, string | number | undefined>();

export function getNewsroom(): Promise<Newsroom<ImageMetadata>> {
  newsroomPromise ??= load();
  return newsroomPromise;
}

/**
 * A page's `cacheKey` for incremental builds: the site's settings and menu,
 * which every page shows, plus `parts`, everything else the page shows (for
 * a rendered body, its `entryDigest`).
 */
export function pageCacheKey(newsroom: Newsroom<ImageMetadata>, ...parts: unknown[]): string {
  return pageKey([site, newsroom.sections, ...parts]);
}

/** A feed route's `cacheKey`: the stories it carries, whole and with their bodies' digests (feeds carry bodies). */
export function feedCacheKey(newsroom: Newsroom<ImageMetadata>, feed: unknown, stories: Story<ImageMetadata>[]): string {
  const items = stories.slice(0, site.feedSize);
  return pageCacheKey(newsroom, feed, items, items.map((story) => entryDigest('articles', story.id)));
}

export function entryDigest(collection: 'articles' | 'authors' | 'updates', id: string): string | number | undefined {
  return digests.get(`${collection}/${id}`);
}

async function load(): Promise<Newsroom<ImageMetadata>> {
  const started = performance.now();
  const [articles, authors, sections, updates] = await Promise.all([
    getCollection('articles'),
    getCollection('authors'),
    getCollection('sections'),
    getCollection('updates'),
  ]);
  const fetched = performance.now();
  for (const entry of [...articles, ...authors, ...updates]) digests.set(`${entry.collection}/${entry.id}`, entry.digest);
  const newsroom = buildNewsroom(
    { articles, authors, updates, sections: sections.sort((a, b) => a.data.menuOrder - b.data.menuOrder) },
    { timeZone: site.timeZone, now: new Date(), includeUnpublished: import.meta.env.MODE === 'development', related: site.related },
  );
  // For `npm run bench`, which reports the related index's share of the build.
  if (process.env.BROADSHEET_TIMINGS) {
    const ms = (from: number, to: number) => Math.round(to - from);
    console.log(`[broadsheet] newsroom: collections ${ms(started, fetched)} ms, model with related index ${ms(fetched, performance.now())} ms`);
  }
  return newsroom;
}

/**
 * The one place pages get content from: the collections, fetched and modelled
 * once per build (module state is shared by every page of a build), so no page
 * re-sorts the archive or rebuilds the related index.
 */
import type { ImageMetadata } from 'astro';
import { getCollection } from 'astro:content';
import { buildNewsroom, type Newsroom } from '../lib/newsroom.ts';
import { site } from '../site.config.ts';

let newsroomPromise: Promise<Newsroom<ImageMetadata>> | undefined;

export function getNewsroom(): Promise<Newsroom<ImageMetadata>> {
  newsroomPromise ??= load();
  return newsroomPromise;
}

async function load(): Promise<Newsroom<ImageMetadata>> {
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
  return newsroom;
}

/**
 * `updates.json`, what a live page's loader fetches: whether coverage is
 * still live, and every update newest first with its anchor, time and the
 * HTML the page itself shows for it, so the loader inserts exactly what a
 * reload would show.
 */
import { absoluteUrl, type UrlContext } from '../urls.ts';
import { isLive } from './is-live.ts';

export interface UpdatesJson {
  url: string;
  live: boolean;
  endedAt?: string;
  updates: { id: string; url: string; at: string; title?: string; key: boolean; html: string }[];
}

interface LiveStory {
  path: string;
  live?: { endedAt?: Date; updates: { id: string; anchor: string; at: Date; title?: string; key: boolean }[] };
}

/** `html`: each update's rendered `<article>`, by update id. */
export function updatesJson(story: LiveStory, html: ReadonlyMap<string, string>, urls: UrlContext): UpdatesJson {
  const page = absoluteUrl(story.path, urls);
  return {
    url: page,
    live: isLive(story),
    ...(story.live?.endedAt && { endedAt: story.live.endedAt.toISOString() }),
    updates: (story.live?.updates ?? []).map((update) => ({
      id: update.anchor,
      url: `${page}#${update.anchor}`,
      at: update.at.toISOString(),
      ...(update.title && { title: update.title }),
      key: update.key,
      html: html.get(update.id) ?? '',
    })),
  };
}

/**
 * A live story's updates as HTML outside its page: each update's body for its
 * RSS item, and each update's whole `<article>`, rendered by the very
 * component the page uses, for updates.json. Rendered once per build.
 */
import type { ImageMetadata } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { render } from 'astro:content';
import LiveUpdate from '../components/live/LiveUpdate.astro';
import type { UpdateEntry } from './collections.ts';
import { withRenderedBody } from './rendered-body.ts';
import type { LiveUpdate as Update } from '../lib/live/live-coverage.ts';
import type { Edition } from '../lib/editions.ts';
import type { Author } from '../lib/newsroom.ts';

let container: Promise<AstroContainer> | undefined;
const bodies = new Map<string, Promise<string>>();
const articles = new Map<string, Promise<string>>();

type PageUpdate = Update<ImageMetadata, Author<ImageMetadata>>;

/** Each update's body HTML, by update id. */
export async function updateBodies(entries: readonly UpdateEntry[]): Promise<Map<string, string>> {
  return new Map(
    await Promise.all(entries.map(async (entry) => [entry.id, await once(bodies, entry.id, async () => (await containerOnce()).renderToString((await render(await withRenderedBody(entry))).Content))] as const)),
  );
}

/** Each update's `<article>` as the page shows it, by update id; `entries` in the order of `updates`. */
export async function updateArticles(updates: readonly PageUpdate[], entries: readonly UpdateEntry[], edition: Edition): Promise<Map<string, string>> {
  return new Map(
    await Promise.all(
      updates.map(async (update, index) => [update.id, await once(articles, update.id, async () => (await containerOnce()).renderToString(LiveUpdate, { props: { update, entry: entries[index]!, edition } }))] as const),
    ),
  );
}

function once(cache: Map<string, Promise<string>>, id: string, make: () => Promise<string>): Promise<string> {
  let html = cache.get(id);
  if (!html) {
    html = make();
    cache.set(id, html);
  }
  return html;
}

const containerOnce = () => (container ??= AstroContainer.create());

/**
 * The bodies that src/loaders/bodies-on-disk.ts keeps out of the content
 * store, read back from the build cache: an entry made renderable by
 * `render()` from `astro:content` (which then resolves the body's images and
 * optimises them as for any entry), and a body's Markdown for the newsroom
 * model (reading time, related articles, live updates' text).
 */
import pLimit from 'p-limit';
import { cacheDir } from '../lib/build-cache.ts';
import { loadRenderedBody, renderedBodiesDir, type RenderedBody } from '../lib/rendered-bodies.ts';
import { renderedBodyName } from '../loaders/bodies-on-disk.ts';

interface BodyEntry {
  id: string;
  collection: string;
  body?: string;
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

/** The newsroom reads every body at once: a few files open at a time, or a large archive runs out of file handles. */
const reading = pLimit(32);

async function renderedBody(entry: BodyEntry): Promise<RenderedBody | undefined> {
  const name = renderedBodyName(entry);
  // No name: a body that failed to render, stored as Astro stores one.
  if (!name) return undefined;
  const body = await reading(() => loadRenderedBody(renderedBodiesDir(cacheDir, entry.collection), name));
  if (!body) throw new Error(`Broadsheet: the rendered body of ${entry.collection} "${entry.id}" is missing from ${cacheDir}; build again to render it`);
  return body;
}

/** `entry` with its body's HTML in `rendered`, as `render()` expects it. */
export async function withRenderedBody<Entry extends BodyEntry>(entry: Entry): Promise<Entry> {
  const body = await renderedBody(entry);
  return body ? { ...entry, rendered: { html: body.html, metadata: body.metadata } } : entry;
}

/** `entry` with its body's Markdown in `body`, as the newsroom model reads it. */
export async function withMarkdownBody<Entry extends BodyEntry>(entry: Entry): Promise<Entry> {
  const body = await renderedBody(entry);
  return body ? { ...entry, body: body.markdown } : entry;
}

/**
 * Story bodies rendered to HTML, kept on disk beside Astro's content store
 * instead of inside it. Astro 7 writes its store, and bundles it, as one
 * string; with every body and its HTML in it, that string passes V8's limit
 * of 512 MiB near 50,000 stories. Here each body is one file, named after a
 * digest of its Markdown and of the Markdown pipeline's settings, in a folder
 * per collection; the content entry carries only that name.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileWhole } from './write-file-whole.ts';

/** A body as the Markdown pipeline left it: its Markdown, and the HTML with Astro's image placeholders and metadata. */
export interface RenderedBody {
  markdown: string;
  html: string;
  /** Astro's render metadata (headings, image paths), without the front matter, which the body's name does not cover. */
  metadata: Record<string, unknown>;
}

/** Where a collection's rendered bodies are kept below the build cache. */
export const renderedBodiesDir = (cacheDir: string, collection: string): string => join(cacheDir, 'rendered-bodies', collection);

/** The name a body is filed under: a digest of the pipeline's settings (any string that changes with them) and the Markdown. */
export const renderedBodyKey = (pipeline: string, markdown: string): string =>
  createHash('sha256').update(pipeline).update('\0').update(markdown).digest('hex');

const bodyFile = (dir: string, key: string) => join(dir, `${key}.json`);

/**
 * Files a rendered body under `key`. Synchronous, so the file exists before
 * the content entry naming it is stored; written aside and renamed, so a
 * build that stops halfway never leaves a truncated body to read.
 */
export function saveRenderedBody(dir: string, key: string, body: RenderedBody): void {
  writeFileWhole(bodyFile(dir, key), JSON.stringify(body));
}

/** The body filed under `key`, or undefined when there is none. */
export async function loadRenderedBody(dir: string, key: string): Promise<RenderedBody | undefined> {
  try {
    return JSON.parse(await readFile(bodyFile(dir, key), 'utf8')) as RenderedBody;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Whether a body is filed under `key`. */
export const hasRenderedBody = (dir: string, key: string): boolean => existsSync(bodyFile(dir, key));

/** Deletes the bodies of `dir` whose names are not in `keep`: those of edited or removed stories. */
export function pruneRenderedBodies(dir: string, keep: ReadonlySet<string>): void {
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return;
  }
  for (const file of files) {
    if (!keep.has(file.replace(/\.json$/, ''))) rmSync(join(dir, file), { force: true });
  }
}

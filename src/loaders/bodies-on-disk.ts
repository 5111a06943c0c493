/**
 * A content loader that keeps bodies out of Astro's content store: the wrapped
 * loader (Astro's glob loader) reads, validates and renders each Markdown file
 * as ever, with the site's Markdown pipeline, but what it stores is the front
 * matter, the file's digest and the name of the rendered body, which is filed
 * on disk (src/lib/rendered-bodies.ts). Astro writes its store and puts it in
 * the bundle as one string, so bodies in it would make that string grow with
 * the archive's text until V8 cannot hold it (about 50,000 stories).
 *
 * Pages render a body through src/data/rendered-body.ts, which reads the file
 * back; Astro's `render()` then resolves the body's images as before, since
 * the entry keeps its file path and image imports.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { cacheDir } from '../lib/build-cache.ts';
import { hasRenderedBody, pruneRenderedBodies, renderedBodiesDir, renderedBodyKey, saveRenderedBody } from '../lib/rendered-bodies.ts';

type Store = LoaderContext['store'];
type StoredEntry = Parameters<Store['set']>[0];

/** The name of an entry's rendered body, where bodiesOnDisk put it. */
export const renderedBodyName = (entry: { rendered?: { metadata?: Record<string, unknown> } }): string | undefined => {
  const name = entry.rendered?.metadata?.renderedBody;
  return typeof name === 'string' ? name : undefined;
};

export function bodiesOnDisk(loader: Loader): Loader {
  return {
    name: `${loader.name}, bodies on disk`,
    load: async (context) => {
      const dir = renderedBodiesDir(cacheDir, context.collection);
      const pipeline = pipelineSettings(context.config.markdown);
      await loader.load({ ...context, store: storeWithBodiesOnDisk(context.store, dir, pipeline) });
      // The bodies of edited and deleted stories go; later edits in `astro dev` are pruned by the next sync.
      pruneRenderedBodies(dir, new Set(context.store.values().map(renderedBodyName).filter((name) => name !== undefined)));
    },
  };
}

function storeWithBodiesOnDisk(store: Store, dir: string, pipeline: string): Store {
  return {
    ...store,
    // An entry whose body file is gone (a partly restored cache) counts as new, so the loader renders it again.
    get: <Data extends Record<string, unknown>>(id: string) => {
      const entry = store.get<Data>(id);
      const name = entry && renderedBodyName(entry);
      return name && !hasRenderedBody(dir, name) ? undefined : entry;
    },
    set: (entry: StoredEntry) => {
      // A body that failed to render (the loader has logged why) is stored as Astro stores it: without HTML.
      if (entry.body === undefined || !entry.rendered) return store.set(entry);
      const name = renderedBodyKey(pipeline, entry.body);
      const { frontmatter: _frontmatter, ...metadata } = entry.rendered.metadata ?? {};
      saveRenderedBody(dir, name, { markdown: entry.body, html: entry.rendered.html, metadata });
      // `rendered` keeps only the body's name: Astro's `render()` of this entry alone would show an empty body.
      return store.set({ ...entry, body: undefined, rendered: { html: '', metadata: { renderedBody: name } } });
    },
  };
}

/** The Markdown settings as a string that changes with them; plugins count by their source, which JSON would drop. */
const pipelineSettings = (markdown: LoaderContext['config']['markdown']): string =>
  JSON.stringify(markdown, (_key, value: unknown) => (typeof value === 'function' ? String(value) : value));

/**
 * Every dynamic route's `getStaticPaths`, keyed for incremental builds
 * (astro.config.mjs): the route lists its paths with the props its page renders
 * from, and each path's `cacheKey` is made here, from those props whole plus the
 * site settings and menu every page shows (`site`, `siteMenu()`). A content
 * entry in the props (a body the page renders) counts by Astro's digest of its
 * file. A page that renders from its props alone is then never copied stale
 * from the previous build: no route writes a key.
 *
 * Routes with no parameter but their edition (the home page, 404, archive
 * index, search, the edition's feeds and News sitemap) list their paths with
 * `editionPaths()`, without a key: Astro renders them on every build.
 */
import type { GetStaticPathsItem } from 'astro';
import { editionParam, type Edition } from '../lib/editions.ts';
import { pageKey } from '../lib/page-key.ts';
import { site } from '../site.config.ts';
import { getContent, siteMenu, type Content, type EditionContent } from './collections.ts';

export interface PagePath<Params extends GetStaticPathsItem['params'], Props extends GetStaticPathsItem['props']> {
  params: Params;
  props: Props;
}

/**
 * A route's `getStaticPaths`: `list`, given the build's content, returns each
 * path's params and the props its page renders from (everything it shows:
 * related stories, share image, the entries whose bodies it renders); each
 * path gets its `cacheKey` from them. Props must be plain data (pageKey refuses
 * the rest); an image counts by its built URL, which Vite names after the
 * file's content hash, a Date by its ISO string. `list` may be async: pictures
 * a page shows are made here (src/data/picture.ts), outside any page render.
 */
export async function staticPaths<Params extends GetStaticPathsItem['params'], Props extends GetStaticPathsItem['props']>(
  list: (content: Content) => PagePath<Params, Props>[] | Promise<PagePath<Params, Props>[]>,
): Promise<(PagePath<Params, Props> & { cacheKey: string })[]> {
  const content = await getContent();
  const chrome = { site, menu: await siteMenu() };
  return (await list(content)).map(({ params, props }) => ({ params, props, cacheKey: pageKey([chrome, props], bodyByDigest) }));
}

/** A content entry as a key sees it: which body, and Astro's digest of its file (frontmatter and Markdown); without a digest, whole. */
function bodyByDigest(value: object): unknown {
  if ('collection' in value && 'id' in value && 'digest' in value && typeof value.digest === 'string') {
    return { collection: value.collection, id: value.id, digest: value.digest };
  }
  return value;
}

/**
 * The paths of a route below `[...edition]` in every edition of the build:
 * `list` gets each edition's newsroom, and each path it returns gets the
 * edition's parameter (none for the default edition) and the edition in its props.
 */
export function editionStaticPaths<Params extends GetStaticPathsItem['params'], Props extends GetStaticPathsItem['props']>(
  list: (edition: EditionContent, content: Content) => PagePath<Params, Props>[] | Promise<PagePath<Params, Props>[]>,
) {
  return staticPaths(async (content) =>
    (await Promise.all(content.editions.map(async (entry) => ({ entry, paths: await list(entry, content) })))).flatMap(({ entry, paths }) =>
      paths.map(({ params, props }) => ({ params: { ...params, edition: editionParam(entry.edition) }, props: { ...props, edition: entry.edition } })),
    ),
  );
}

/** One path per edition, for a route with no other parameter; unkeyed, so it renders on every build. `which` leaves out the default edition (its 404 page is src/pages/404.astro). */
export async function editionPaths(which: 'all' | 'others' = 'all'): Promise<{ params: { edition: string | undefined }; props: { edition: Edition } }[]> {
  const { editions } = await getContent();
  return editions.slice(which === 'all' ? 0 : 1).map(({ edition }) => ({ params: { edition: editionParam(edition) }, props: { edition } }));
}

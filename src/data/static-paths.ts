/**
 * Every dynamic route's `getStaticPaths`, keyed for incremental builds
 * (astro.config.mjs): the route lists its paths with the props its page renders
 * from, and each path's `cacheKey` is made here, from those props whole plus the
 * site settings and menu every page shows. A content entry in the props (a body
 * the page renders) counts by Astro's digest of its file. A page that renders
 * from its props alone is then never copied stale from the previous build: no
 * route writes a key.
 */
import type { GetStaticPathsItem, ImageMetadata } from 'astro';
import type { Newsroom } from '../lib/newsroom.ts';
import { pageKey } from '../lib/page-key.ts';
import { site } from '../site.config.ts';
import { getNewsroom } from './collections.ts';

export interface PagePath<Params extends GetStaticPathsItem['params'], Props extends GetStaticPathsItem['props']> {
  params: Params;
  props: Props;
}

export async function staticPaths<Params extends GetStaticPathsItem['params'], Props extends GetStaticPathsItem['props']>(
  list: (newsroom: Newsroom<ImageMetadata>) => PagePath<Params, Props>[] | Promise<PagePath<Params, Props>[]>,
): Promise<(PagePath<Params, Props> & { cacheKey: string })[]> {
  const newsroom = await getNewsroom();
  const chrome = { site, menu: newsroom.sections };
  return (await list(newsroom)).map(({ params, props }) => ({ params, props, cacheKey: pageKey([chrome, props], bodyByDigest) }));
}

/** A content entry as a key sees it: which body, and Astro's digest of its file (frontmatter and Markdown); without a digest, whole. */
function bodyByDigest(value: object): unknown {
  if ('collection' in value && 'id' in value && 'digest' in value && typeof value.digest === 'string') {
    return { collection: value.collection, id: value.id, digest: value.digest };
  }
  return value;
}

import type { APIRoute, GetStaticPaths } from 'astro';
import { staticPaths } from '../data/static-paths.ts';
import { aliasRedirects } from '../lib/alias-redirects.ts';
import { redirectPage, type RedirectTarget } from '../lib/redirect-page.ts';
import { site } from '../site.config.ts';

/**
 * A redirect page at every story's alias (an old URL): an endpoint, so the
 * file is written exactly where the alias says (`old/path/index.html`,
 * `old/story.html`) and holds only the redirect (src/lib/redirect-page.ts).
 */
export const getStaticPaths = (() =>
  staticPaths(({ editions }) =>
    aliasRedirects(editions.flatMap(({ newsroom }) => newsroom.stories), site).map(({ file, title, url }) => ({ params: { alias: file }, props: { title, url } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<RedirectTarget> = ({ props }) =>
  new Response(redirectPage(props), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });

import type { APIRoute } from 'astro';
import { getContent } from '../data/collections.ts';
import { aliasRedirects } from '../lib/alias-redirects.ts';
import { site } from '../site.config.ts';

/**
 * The redirect pages of this build ([...alias].ts), file → the story's path:
 * `npm run deploy` gives each such object its `x-amz-website-redirect-location`
 * from here, so a bucket served as a website answers with a real redirect.
 */
export const GET: APIRoute = async () => {
  const redirects = aliasRedirects((await getContent()).editions.flatMap(({ newsroom }) => newsroom.stories), site);
  return Response.json(Object.fromEntries(redirects.map(({ file, location }) => [file, location])));
};

import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articleHtml } from '../data/article-html.ts';
import { getNewsroom } from '../data/newsroom.ts';
import { rssItem } from '../lib/feed.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const newsroom = await getNewsroom();
  const stories = newsroom.stories.slice(0, site.feedSize);
  const items = await Promise.all(stories.map(async (story) => rssItem(story, await articleHtml(story.id), site)));
  return rss({
    title: site.name,
    description: site.description,
    site: absoluteUrl('/', site),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${site.language}</language><atom:link href="${absoluteUrl('/rss.xml', site)}" rel="self" type="application/rss+xml"/>`,
    items,
  });
};

import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedItems, rssResponse } from '../../../data/feeds.ts';
import { staticPaths } from '../../../data/static-paths.ts';
import { authorFeed } from '../../../lib/feed.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (() =>
  staticPaths((newsroom) =>
    Promise.all(
      newsroom.authors.map(async (author) => ({
        params: { author: author.id },
        props: { feed: authorFeed(author, site.name), items: await feedItems(newsroom.authorStories(author.id)) },
      })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { feed, items } }) => rssResponse(feed, items);

import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedItems, rssResponse } from '../../../data/feeds.ts';
import { staticPaths } from '../../../data/static-paths.ts';
import { authorFeed } from '../../../lib/feed.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (() =>
  staticPaths(({ newsroom, articleEntry }) =>
    newsroom.authors.map((author) => ({
      params: { author: author.id },
      props: { feed: authorFeed(author, site.name), items: feedItems(newsroom.authorStories(author.id), articleEntry) },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { feed, items } }) => rssResponse(feed, items);

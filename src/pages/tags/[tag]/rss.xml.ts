import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedItems, rssResponse } from '../../../data/feeds.ts';
import { staticPaths } from '../../../data/static-paths.ts';
import { tagFeed } from '../../../lib/feed.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (() =>
  staticPaths(({ newsroom, articleEntry }) =>
    newsroom.tags.map((tag) => ({
      params: { tag: tag.slug },
      props: { feed: tagFeed(tag, site.name), items: feedItems(newsroom.tagStories(tag.slug), articleEntry) },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { feed, items } }) => rssResponse(feed, items);

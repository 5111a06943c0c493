import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedItems, rssResponse } from '../../data/feeds.ts';
import { staticPaths } from '../../data/static-paths.ts';
import { sectionFeed } from '../../lib/feed.ts';
import { site } from '../../site.config.ts';

export const getStaticPaths = (() =>
  staticPaths(({ newsroom, articleEntry }) =>
    newsroom.sections.map((section) => ({
      params: { section: section.id },
      props: { feed: sectionFeed(section, site.name), items: feedItems(newsroom.sectionStories(section.id), articleEntry) },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { feed, items } }) => rssResponse(feed, items);

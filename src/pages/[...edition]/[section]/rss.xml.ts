import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedItems, rssResponse } from '../../../data/feeds.ts';
import { editionStaticPaths } from '../../../data/static-paths.ts';
import { sectionFeed } from '../../../lib/feed.ts';

export const getStaticPaths = (() =>
  editionStaticPaths(({ newsroom, edition }, { articleEntry }) =>
    newsroom.sections.map((section) => ({
      params: { section: section.id },
      props: { feed: sectionFeed(section, edition.name), items: feedItems(newsroom.sectionStories(section.id), articleEntry) },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { feed, items, edition } }) => rssResponse(feed, items, edition, 'sections');

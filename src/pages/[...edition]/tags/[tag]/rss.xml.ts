import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedItems, rssResponse } from '../../../../data/feeds.ts';
import { editionStaticPaths } from '../../../../data/static-paths.ts';
import { tagFeed } from '../../../../lib/feed.ts';
import { messagesFor } from '../../../../lib/i18n/catalogues.ts';

export const getStaticPaths = (() =>
  editionStaticPaths(({ newsroom, edition }, { articleEntry }) =>
    newsroom.tags.map((tag) => ({
      params: { tag: tag.slug },
      props: { feed: tagFeed(tag, edition.name, messagesFor(edition.language)), items: feedItems(newsroom.tagStories(tag.slug), articleEntry) },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { feed, items, edition } }) => rssResponse(feed, items, edition, 'tags');

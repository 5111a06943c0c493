import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedItems, rssResponse } from '../../../../data/feeds.ts';
import { editionStaticPaths } from '../../../../data/static-paths.ts';
import { authorFeed } from '../../../../lib/feed.ts';
import { messagesFor } from '../../../../lib/i18n/catalogues.ts';

export const getStaticPaths = (() =>
  editionStaticPaths(({ newsroom, edition }, { articleEntry }) =>
    newsroom.authors.map((author) => ({
      params: { author: author.id },
      props: { feed: authorFeed(author, edition.name, messagesFor(edition.language)), items: feedItems(newsroom.authorStories(author.id), articleEntry) },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { feed, items, edition } }) => rssResponse(feed, items, edition, 'authors');

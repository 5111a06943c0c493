import type { APIRoute, GetStaticPaths } from 'astro';
import { rssItemsResponse } from '../../../../../../data/feeds.ts';
import type { UpdateEntry } from '../../../../../../data/collections.ts';
import { livePaths, type LiveStory } from '../../../../../../data/live-paths.ts';
import { updateBodies } from '../../../../../../data/update-html.ts';
import { liveStoryFeed } from '../../../../../../lib/live/live-story-feed.ts';
import { updateFeedItems } from '../../../../../../lib/live/update-feed-items.ts';
import type { Edition } from '../../../../../../lib/editions.ts';
import { site } from '../../../../../../site.config.ts';

/** Every live story's own feed: one item per update. */
export const getStaticPaths = livePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ story: LiveStory; updates: UpdateEntry[]; edition: Edition }> = async ({ props: { story, updates, edition } }) =>
  rssItemsResponse(liveStoryFeed(story, edition.name), updateFeedItems(story, await updateBodies(updates), site), edition);

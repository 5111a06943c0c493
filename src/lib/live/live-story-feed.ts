/**
 * Where a live story's own files sit, beside its page: the RSS feed with one
 * item per update, and the updates as JSON for the page's "new updates" loader.
 */
import type { FeedSpec } from '../feed.ts';

export function liveStoryFeed(story: { title: string; description: string; path: string }, siteName: string): FeedSpec {
  return { title: `${siteName}: ${story.title}`, description: story.description, path: `${story.path}rss.xml`, pagePath: story.path };
}

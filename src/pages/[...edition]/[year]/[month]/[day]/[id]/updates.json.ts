import type { APIRoute, GetStaticPaths } from 'astro';
import type { UpdateEntry } from '../../../../../../data/collections.ts';
import { livePaths, type LiveStory } from '../../../../../../data/live-paths.ts';
import { updateArticles } from '../../../../../../data/update-html.ts';
import { updatesJson } from '../../../../../../lib/live/updates-json.ts';
import type { Edition } from '../../../../../../lib/editions.ts';
import { site } from '../../../../../../site.config.ts';

/** Every live story's updates as JSON, for its page's "new updates" loader. */
export const getStaticPaths = livePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ story: LiveStory; updates: UpdateEntry[]; edition: Edition }> = async ({ props: { story, updates, edition } }) =>
  new Response(JSON.stringify(updatesJson(story, await updateArticles(story.live.updates, updates, edition), site)), { headers: { 'Content-Type': 'application/json' } });

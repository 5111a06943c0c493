/**
 * WebSub publishing: after a deploy, tell the hub which feeds changed so it
 * pushes them to subscribers instead of waiting for their next poll.
 * (https://www.w3.org/TR/websub/; hubs take the de facto `hub.mode=publish` ping.)
 */
import { absoluteUrl, type UrlContext } from './urls.ts';

/** The feed files of a build (paths relative to its output folder) as the topic URLs subscribers know. */
export function feedTopics(builtFiles: readonly string[], context: Pick<UrlContext, 'url' | 'basePath'>): string[] {
  return builtFiles
    .filter((file) => file === 'feed.json' || file === 'rss.xml' || file.endsWith('/rss.xml'))
    .toSorted()
    .map((file) => absoluteUrl(`/${file}`, context));
}

/** The form body of one publish ping. */
export const publishPing = (topic: string): URLSearchParams => new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': topic });

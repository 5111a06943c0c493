/**
 * A live story's own RSS feed: one item per update, newest first, its link
 * (and so its guid) the update's permalink, so a reader shows each update
 * once however often the page changes.
 */
import { creators, escapeXml, type RssItem } from '../feed.ts';
import type { Story } from '../newsroom.ts';
import { absolutizeHtml, absoluteUrl, type UrlContext } from '../urls.ts';
import { updateHeadline } from './update-headline.ts';

interface LiveStory extends Pick<Story<unknown>, 'authors' | 'credit'> {
  path: string;
  live?: { updates: { id: string; anchor: string; at: Date; title?: string; text: string; authors: { name: string }[] }[] };
}

/** `html`: each update's body as HTML, by update id. The feed writer makes the link each item's guid. */
export function updateFeedItems(story: LiveStory, html: ReadonlyMap<string, string>, urls: UrlContext): RssItem[] {
  return (story.live?.updates ?? []).map((update) => {
    const link = `${absoluteUrl(story.path, urls)}#${update.anchor}`;
    const byline = update.authors.length > 0 ? update.authors.map((author) => author.name) : creators(story);
    return {
      title: updateHeadline(update),
      link,
      pubDate: update.at,
      description: updateHeadline({ text: update.text }, 300),
      content: absolutizeHtml(html.get(update.id) ?? '', urls),
      categories: [],
      customData: byline.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join(''),
    };
  });
}

/**
 * Feed responses for the feed routes: the site's, each section's, tag's and
 * author's RSS, and the JSON Feed. Each story's entry (body, hero rendition) is
 * made once per build however many feeds carry it.
 */
import rss from '@astrojs/rss';
import type { ImageMetadata } from 'astro';
import { articleHtml } from './article-html.ts';
import type { ArticleEntry, Content } from './collections.ts';
import { heroRendition } from './renditions.ts';
import { dekOnly, jsonFeed, rssChannelData, rssDescription, rssItem, rssNamespaces, withoutControlCharacters, type FeedEntry, type FeedSpec, type RssItem } from '../lib/feed.ts';
import { feedWithin } from '../lib/feed-size.ts';
import { inEdition, type Edition } from '../lib/editions.ts';
import { messagesFor } from '../lib/i18n/catalogues.ts';
import type { Story } from '../lib/newsroom.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { site, type FeedKind } from '../site.config.ts';

/** A story as a feed carries it: the story and the entry whose body the feed renders in full. */
export interface FeedItem {
  story: Story<ImageMetadata>;
  body: ArticleEntry;
}

/** The newest stories of a list, as many as a feed carries, with their bodies: a feed route's props. */
export const feedItems = (stories: Story<ImageMetadata>[], articleEntry: Content['articleEntry']): FeedItem[] =>
  stories.slice(0, site.feedSize).map((story) => ({ story, body: articleEntry(story.id) }));

const entries = new Map<string, Promise<FeedEntry>>();

/** A story's entry, in its edition's words (a story is in one edition): in full, or its dek only, for which no body is rendered. */
function feedEntry({ story, body }: FeedItem, edition: Edition, fullText: boolean): Promise<FeedEntry> {
  const key = `${fullText ? 'full' : 'dek'}:${story.id}`;
  let entry = entries.get(key);
  if (!entry) {
    entry = (async () => {
      const [html, image] = await Promise.all([fullText ? articleHtml(body) : '', heroRendition(story)]);
      const item = rssItem(story, html, site, image, messagesFor(edition.language));
      return { story, item: fullText ? item : dekOnly(item), image };
    })();
    entries.set(key, entry);
  }
  return entry;
}

/** The entries of a feed of this kind: in full, or deks where the site's `fullTextFeeds` leaves the kind out. */
const feedEntries = (items: FeedItem[], edition: Edition, kind: FeedKind) =>
  Promise.all(items.map((item) => feedEntry(item, edition, site.fullTextFeeds.includes(kind))));

export async function rssResponse(spec: FeedSpec, feedItems: FeedItem[], edition: Edition, kind: FeedKind): Promise<Response> {
  return rssItemsResponse(spec, (await feedEntries(feedItems, edition, kind)).map((entry) => entry.item), edition);
}

/** An RSS document of ready items, a front's stories or a live story's updates, in the edition's language, kept within `maxFeedBytes`. */
export async function rssItemsResponse(spec: FeedSpec, rssItems: readonly RssItem[], edition: Edition): Promise<Response> {
  const render = async (items: readonly RssItem[]) =>
    (
      await rss({
        title: spec.title,
        description: spec.description,
        site: absoluteUrl(spec.pagePath, site),
        xmlns: rssNamespaces,
        customData: rssChannelData(spec, { language: edition.language, ttlMinutes: site.feedTtlMinutes, websubHub: site.websubHub }, site),
        items: [...items],
      })
    ).text();
  const items = rssItems.map(rssDescription);
  const xml = await feedWithin(items, site.maxFeedBytes, render, dekOnly, (item) => Buffer.byteLength(item.content ?? ''));
  return new Response(withoutControlCharacters(xml), { headers: { 'Content-Type': 'application/xml' } });
}

/** The edition's JSON Feed: the same stories as its RSS feed, in full as `fullTextFeeds` says of the site's. */
export async function jsonFeedResponse(items: FeedItem[], edition: Edition): Promise<Response> {
  const options = {
    title: edition.name,
    description: edition.description,
    path: inEdition('/feed.json', edition),
    homePath: edition.path,
    language: edition.language,
    publisherName: edition.name,
    websubHub: site.websubHub,
  };
  const json = await feedWithin(
    await feedEntries(items, edition, 'site'),
    site.maxFeedBytes,
    (entries) => JSON.stringify(jsonFeed(options, [...entries], site), null, 2),
    (entry) => ({ ...entry, item: dekOnly(entry.item) }),
    // JSON escapes quotes and newlines in the HTML: the JSON string is the item's share.
    (entry) => Buffer.byteLength(JSON.stringify(entry.item.content ?? entry.item.description)),
  );
  return new Response(withoutControlCharacters(json), { headers: { 'Content-Type': 'application/feed+json' } });
}

/**
 * Feed items from stories: what feed readers need and nothing they choke on
 * (absolute URLs everywhere, escaped text, creators named).
 */
import { agencyName } from './credit.ts';
import { closingCredit, type Author, type Section, type Story, type Tag } from './newsroom.ts';
import { formatDateTime, type DateWording } from './dates.ts';
import { fill } from './i18n/fill.ts';
import type { Messages } from './i18n/messages.ts';
import { absolutizeHtml, absoluteUrl, type UrlContext } from './urls.ts';

export interface RssItem {
  title: string;
  link: string;
  pubDate: Date;
  /** Plain text: the feed writer escapes it as HTML text (see `rssDescription`). */
  description: string;
  /** The full story as HTML; left out of an item cut to its dek to keep a feed within its size (feed-size.ts). */
  content?: string;
  categories: string[];
  customData: string;
  enclosure?: { url: string; length: number; type: string };
}

/** A story's hero photo as feeds carry it: one built rendition, with the size and type the enclosure must state. */
export interface FeedImage {
  /** Absolute URL of the rendition. */
  url: string;
  /** MIME type, e.g. image/jpeg. */
  type: string;
  /** Bytes of the built file. */
  length: number;
  width: number;
  height: number;
  alt: string;
  credit?: string;
}

/**
 * XML 1.0 forbids C0 control characters other than tab, newline and carriage
 * return; one stray character pasted into a story would make the whole feed
 * unreadable, so feeds drop them from the finished document.
 */
export function withoutControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * RSS `<description>` is HTML by convention, and feed readers render it: the
 * dek is plain text, so it is escaped as HTML first and then, by the feed
 * writer, as XML. A dek that mentions "<img …>" shows those characters.
 */
export function rssDescription(item: RssItem): RssItem {
  return { ...item, description: escapeXml(item.description) };
}

/** An item with its dek only, for the oldest items of a feed over its size limit. */
export function dekOnly(item: RssItem): RssItem {
  return { ...item, content: undefined };
}

/** Who a feed reader should show as the story's creator: its authors, or the agency named by the credit line of unsigned copy. */
export function creators(story: Pick<Story<unknown>, 'authors' | 'credit'>): string[] {
  if (story.authors.length > 0) return story.authors.map((author) => author.name);
  return story.credit ? [agencyName(story.credit)] : [];
}

/** The words a feed prints: the correction line, in the feed's language. */
export type FeedWords = Pick<Messages, 'correctionLine'> & DateWording;

const englishFeedWords: FeedWords = { locale: 'en-GB', dateAndTime: '{date} at {time}', correctionLine: 'Correction ({time}): {text}' };

/** "Correction (21 November 2026 at 10:00): …" for the newest correction, so feed readers see that the story changed. */
export function correctionLine(story: Pick<Story<unknown>, 'corrections'>, timeZone: string, words: FeedWords = englishFeedWords): string | undefined {
  const newest = story.corrections.at(-1);
  return newest && fill(words.correctionLine, { time: formatDateTime(newest.at, timeZone, words), text: newest.text });
}

export function rssItem(story: Story<unknown>, bodyHtml: string, context: UrlContext, image?: FeedImage, words: FeedWords = englishFeedWords): RssItem {
  const correction = correctionLine(story, context.timeZone, words);
  const credit = closingCredit(story);
  return {
    title: story.title,
    link: absoluteUrl(story.path, context),
    pubDate: story.publishedAt,
    description: correction ? `${correction} ${story.description}` : story.description,
    // A signed story's agency line ends it, as on the page: a full-text feed republishes the story with its credit.
    content:
      (correction ? `<p><strong>${escapeXml(correction)}</strong></p>` : '') +
      absolutizeHtml(bodyHtml, context) +
      (credit ? `<p><em>${escapeXml(credit)}</em></p>` : ''),
    categories: [story.section.title, ...story.tags.map((tag) => tag.name)],
    customData:
      creators(story)
        .map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`)
        .join('') + (image ? mediaContent(image) : ''),
    ...(image && { enclosure: { url: image.url, length: image.length, type: image.type } }),
  };
}

/** Media RSS for readers that show pictures but ignore enclosures: the same rendition with its size, alt text and credit. */
function mediaContent(image: FeedImage): string {
  return (
    `<media:content url="${escapeXml(image.url)}" type="${image.type}" medium="image" width="${image.width}" height="${image.height}" fileSize="${image.length}">` +
    `<media:description type="plain">${escapeXml(image.alt)}</media:description>` +
    (image.credit ? `<media:credit>${escapeXml(image.credit)}</media:credit>` : '') +
    '</media:content>'
  );
}


/** One feed: the whole site's, or a section's, tag's or author's. */
export interface FeedSpec {
  title: string;
  description: string;
  /** Site-relative path of the feed itself. */
  path: string;
  /** Site-relative path of the page whose stories it carries. */
  pagePath: string;
}

/** Every front's feed sits beside its page: /news/rss.xml, /tags/space/rss.xml, /authors/anna/rss.xml. */
export const frontFeedPath = (frontPath: string): string => `${frontPath}rss.xml`;

/** An edition's feed of all its stories, beside its front page (`/rss.xml`, `/ru/rss.xml`). */
export function siteFeed(edition: { name: string; description: string; path?: string }): FeedSpec {
  const front = edition.path ?? '/';
  return { title: edition.name, description: edition.description, path: frontFeedPath(front), pagePath: front };
}

export function sectionFeed(section: Section, siteName: string): FeedSpec {
  return { title: `${siteName}: ${section.title}`, description: section.description, path: frontFeedPath(section.path), pagePath: section.path };
}

export function tagFeed(tag: Tag, siteName: string, words: Pick<Messages, 'storiesTagged'> = { storiesTagged: 'Stories tagged {tag}, newest first.' }): FeedSpec {
  return { title: `${siteName}: ${tag.name}`, description: fill(words.storiesTagged, { tag: tag.name }), path: frontFeedPath(tag.path), pagePath: tag.path };
}

export function authorFeed(author: Author<unknown>, siteName: string, words: Pick<Messages, 'storiesBy'> = { storiesBy: 'Stories by {author}, newest first.' }): FeedSpec {
  return { title: `${siteName}: ${author.name}`, description: fill(words.storiesBy, { author: author.name }), path: frontFeedPath(author.path), pagePath: author.path };
}

export const rssNamespaces = {
  dc: 'http://purl.org/dc/elements/1.1/',
  atom: 'http://www.w3.org/2005/Atom',
  media: 'http://search.yahoo.com/mrss/',
};

export interface ChannelOptions {
  language: string;
  /** Minutes a reader may cache the feed: the site rebuilds on a schedule, so polling faster finds nothing new. */
  ttlMinutes: number;
  /** WebSub hub that readers may subscribe to for pushed updates. */
  websubHub?: string;
}

/** The channel elements @astrojs/rss leaves to us: language, ttl, the feed's own URL and its WebSub hub. */
export function rssChannelData(spec: FeedSpec, options: ChannelOptions, context: UrlContext): string {
  const self = absoluteUrl(spec.path, context);
  return (
    `<language>${escapeXml(options.language)}</language>` +
    `<ttl>${options.ttlMinutes}</ttl>` +
    `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>` +
    (options.websubHub ? `<atom:link href="${escapeXml(options.websubHub)}" rel="hub"/>` : '')
  );
}

/** A story ready for any feed: its RSS item (content, description, creators) and its hero rendition. */
export interface FeedEntry {
  story: Story<unknown>;
  item: RssItem;
  image?: FeedImage;
}

export interface JsonFeedOptions {
  title: string;
  description: string;
  /** Site-relative path of the JSON feed. */
  path: string;
  /** Site-relative path of the front page whose stories it carries (default `/`). */
  homePath?: string;
  language: string;
  publisherName: string;
  websubHub?: string;
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) carrying the same entries as the RSS feed. */
export function jsonFeed(options: JsonFeedOptions, entries: FeedEntry[], context: UrlContext): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: options.title,
    home_page_url: absoluteUrl(options.homePath ?? '/', context),
    feed_url: absoluteUrl(options.path, context),
    description: options.description,
    language: options.language,
    authors: [{ name: options.publisherName, url: absoluteUrl('/', context) }],
    ...(options.websubHub && { hubs: [{ type: 'WebSub', url: options.websubHub }] }),
    items: entries.map(({ story, item, image }) => ({
      id: item.link,
      url: item.link,
      ...(story.sourceUrl && { external_url: story.sourceUrl }),
      title: item.title,
      ...(item.content !== undefined ? { content_html: item.content } : { content_text: item.description }),
      summary: item.description,
      ...(image && { image: image.url }),
      date_published: story.publishedAt.toISOString(),
      date_modified: (story.updatedAt ?? story.publishedAt).toISOString(),
      authors:
        story.authors.length > 0
          ? story.authors.map((author) => ({ name: author.name, url: absoluteUrl(author.path, context) }))
          : creators(story).map((name) => ({ name })),
      tags: item.categories,
      language: options.language,
    })),
  };
}

/**
 * Feed items from stories: what feed readers need and nothing they choke on
 * (absolute URLs everywhere, escaped text, creators named).
 */
import type { Story } from './newsroom.ts';
import { formatDateTime } from './dates.ts';
import { absolutizeHtml, absoluteUrl, type UrlContext } from './urls.ts';

export interface RssItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  content: string;
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

/** Who a feed reader should show as the story's creator: its authors, or the agency credit for unsigned copy. */
export function creators(story: Pick<Story<unknown>, 'authors' | 'credit'>): string[] {
  if (story.authors.length > 0) return story.authors.map((author) => author.name);
  return story.credit ? [story.credit] : [];
}

/** "Correction (21 November 2026, 10:00): …" for the newest correction, so feed readers see that the story changed. */
export function correctionLine(story: Pick<Story<unknown>, 'corrections'>, timeZone: string): string | undefined {
  const newest = story.corrections.at(-1);
  return newest && `Correction (${formatDateTime(newest.at, timeZone)}): ${newest.text}`;
}

export function rssItem(story: Story<unknown>, bodyHtml: string, context: UrlContext, image?: FeedImage): RssItem {
  const correction = correctionLine(story, context.timeZone);
  return {
    title: story.title,
    link: absoluteUrl(story.path, context),
    pubDate: story.publishedAt,
    description: correction ? `${correction} ${story.description}` : story.description,
    content: (correction ? `<p><strong>${escapeXml(correction)}</strong></p>` : '') + absolutizeHtml(bodyHtml, context),
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


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

export function rssItem(story: Story<unknown>, bodyHtml: string, context: UrlContext): RssItem {
  const correction = correctionLine(story, context.timeZone);
  return {
    title: story.title,
    link: absoluteUrl(story.path, context),
    pubDate: story.publishedAt,
    description: correction ? `${correction} ${story.description}` : story.description,
    content: (correction ? `<p><strong>${escapeXml(correction)}</strong></p>` : '') + absolutizeHtml(bodyHtml, context),
    categories: [story.section.title, ...story.tags.map((tag) => tag.name)],
    customData: creators(story)
      .map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`)
      .join(''),
  };
}

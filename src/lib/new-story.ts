/**
 * `npm run new`: a new story's id, folder and front matter, decided without
 * touching the disk (scripts/new.ts reads the tree and writes the file).
 * The file it makes is a draft that already passes the content check, with
 * every field written out and explained, so editors fill in rather than recall.
 */
import { zonedDate } from './dates.ts';
import { idPattern } from './id-pattern.ts';
import { transliterate } from './transliterate.ts';

export interface NewStoryRequest {
  headline: string;
  section: string;
  authors: string[];
  /** The story's id when the headline has no Latin letters or digits to make one from. */
  id?: string;
  now: Date;
  timeZone: string;
}

export interface ExistingContent {
  sectionIds: readonly string[];
  authorIds: readonly string[];
  /** Every story in the tree by id, drafts included, with its path: ids are unique across folders. */
  stories: ReadonlyMap<string, string>;
}

export type NewStory = { ok: true; id: string; path: string; text: string } | { ok: false; error: string };

/** Words of a headline that make an id of at most this many characters. */
const idLength = 60;

/**
 * "Moscow's Metro: 3 New Stations!" → "moscows-metro-3-new-stations". URL-safe ASCII only;
 * Cyrillic is transliterated by GOST 7.79-2000 System B: «Россия выйдет из МКС после 2024 года» → "rossiya-vyjdet-iz-mks-posle-2024-goda".
 */
export function storyId(headline: string): string {
  const words = transliterate(headline.normalize('NFC'))
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let id = '';
  for (const word of words) {
    const next = id ? `${id}-${word}` : word;
    if (next.length > idLength && id) break;
    id = next.slice(0, idLength);
  }
  return id;
}

/** The instant written as an editor writes it: local time in the newsroom's zone with its offset, to the minute. */
export function zonedTimestamp(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  // "GMT+03:00", or plain "GMT" for UTC itself.
  const offset = parts.timeZoneName!.replace(/^GMT/, '') || '+00:00';
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:00${offset}`;
}

export function planNewStory(request: NewStoryRequest, content: ExistingContent): NewStory {
  const headline = request.headline.trim();
  if (!headline) return { ok: false, error: 'give the headline in quotes: npm run new -- "Headline of the story" --section news' };
  if (!content.sectionIds.includes(request.section))
    return { ok: false, error: `unknown section "${request.section}"; use one of: ${content.sectionIds.join(', ')}` };
  const unknownAuthor = request.authors.find((author) => !content.authorIds.includes(author));
  if (unknownAuthor !== undefined)
    return { ok: false, error: `unknown author "${unknownAuthor}"; use one of: ${content.authorIds.join(', ')}` };
  const id = request.id ?? storyId(headline);
  if (!idPattern.test(id))
    return { ok: false, error: `cannot make a URL-safe id from "${request.id ?? headline}"; choose one with --id words-of-the-headline` };
  const existing = content.stories.get(id);
  if (existing !== undefined)
    return { ok: false, error: `${existing} already has the id "${id}"; nothing was written. Choose another id with --id ${id}-2` };
  const { year, month } = zonedDate(request.now, request.timeZone);
  return {
    ok: true,
    id,
    path: `articles/${year}/${month}/${id}.md`,
    text: storyTemplate({ headline, section: request.section, authors: request.authors, publishedAt: zonedTimestamp(request.now, request.timeZone), sectionIds: content.sectionIds }),
  };
}

/** The template's stand-in text: the content check stops a story from being published with it. */
export const placeholderDek = 'Write the dek here.';
export const placeholderBody = 'Write the story here.';

/** JSON strings are valid YAML double-quoted strings: any headline survives, quotes and colons included. */
const quoted = (text: string) => JSON.stringify(text);

function storyTemplate(story: { headline: string; section: string; authors: string[]; publishedAt: string; sectionIds: readonly string[] }): string {
  return `---
# The headline. Keep it under 110 characters.
title: ${quoted(story.headline)}
# The dek: one or two sentences under the headline, under 300 characters. Also used in feeds and search results.
description: ${quoted(placeholderDek)}
# Publication time with its UTC offset. A time in the future is an embargo: the story appears with the first build after it.
publishedAt: ${story.publishedAt}
# The time of the last significant update, in the same format, no earlier than publishedAt. The page then shows "Updated".
# updatedAt: ${story.publishedAt}
# One section: ${story.sectionIds.join(', ')}.
section: ${story.section}
# Tags as readers should see them, e.g. [Moscow, Transport].
tags: []
# Author ids (file names in authors/). Leave [] for agency copy and write a credit instead.
authors: [${story.authors.join(', ')}]
# An agency line. Without authors it takes the byline's place.
# credit: "AFP contributed reporting."
# The hero photo: an image file beside this story; alt describes it for readers who cannot see it.
# image:
#   src: ./photo.jpg
#   alt: "What the photo shows"
#   credit: "Name / Agency"
#   caption: "What is happening in the photo."
# Ids of stories to list first under "Related articles", e.g. [other-story-id].
related: []
# A draft stays out of the published site; npm run dev shows it marked "Draft". Set false to publish.
draft: true
# The original publication of a syndicated story; it becomes the canonical link.
# sourceUrl: https://example.org/original-story
# The dateline, printed before the times.
# location: MOSCOW
# A picture of your own for shares in messengers and social networks, beside this story; cropped to 1200×630.
# socialImage: ./share.jpg
# A live story: its updates go in the folder named after it, beside it (npm run new -- --update <id> "Title").
# live: true
# When live coverage ended; until then the page says LIVE.
# liveEndedAt: ${story.publishedAt}
# Corrections and update notes, printed with their times at the foot of the story; the newest also goes into the feed.
corrections: []
#   - at: ${story.publishedAt}
#     text: "An earlier version of this story misstated the opening date."
# In an edition other than the default: the id of the default edition's story this one translates.
# translationOf: id-of-the-original-story
# Old addresses of this story (after a rename, or from an earlier site); each redirects here.
# aliases: [/2022/07/26/russia-to-exit-iss-a78410]
---
${placeholderBody} Subheadings start with \`##\`.
`;
}

import { describe, expect, it } from 'vitest';
import { correctionLine, rssItem } from '../../src/lib/feed.ts';
import { buildNewsroom, lastUpdate } from '../../src/lib/newsroom.ts';
import { lastModifiedByUrl } from '../../src/lib/sitemaps.ts';

const at = (iso: string) => new Date(iso);
const sections = [{ id: 'news', data: { title: 'News', description: 'N' } }];
const options = { timeZone: 'Europe/Moscow', now: at('2026-11-23T12:00:00Z'), includeUnpublished: false, related: {} };

function corrected(updatedAt: Date | undefined, corrections: { at: Date; text: string }[]) {
  const data = {
    title: 'Metro Opens',
    description: 'Three stations open.',
    publishedAt: at('2026-11-20T06:30:00Z'),
    updatedAt,
    section: 'news',
    tags: [],
    authors: [],
    related: [],
    draft: false,
    corrections,
    aliases: [],
  };
  return buildNewsroom({ articles: [{ id: 'metro', body: 'Body.', data }], authors: [], sections }, options).story('metro')!;
}

describe('corrections', () => {
  const first = { at: at('2026-11-21T07:00:00Z'), text: 'An earlier version misstated the number of stations.' };
  const second = { at: at('2026-11-22T08:15:00Z'), text: 'The opening time was 9:00, not 10:00.' };

  it('"Updated" is the newest of updatedAt and the corrections', () => {
    expect(lastUpdate(undefined, [])).toBeUndefined();
    expect(lastUpdate(at('2026-11-21T00:00:00Z'), [])).toEqual(at('2026-11-21T00:00:00Z'));
    expect(lastUpdate(at('2026-11-21T00:00:00Z'), [second, first])).toEqual(second.at);
    expect(lastUpdate(at('2026-11-23T00:00:00Z'), [first])).toEqual(at('2026-11-23T00:00:00Z'));
  });

  it('a story lists its corrections oldest first and shows the latest as its update', () => {
    const story = corrected(undefined, [second, first]);
    expect(story.corrections).toEqual([first, second]);
    expect(story.updatedAt).toEqual(second.at);
  });

  it('the feed item starts with the newest correction, dated in the newsroom time zone', () => {
    const story = corrected(undefined, [second, first]);
    expect(correctionLine(story, 'Europe/Moscow')).toBe('Correction (22 November 2026 at 11:15): The opening time was 9:00, not 10:00.');
    const item = rssItem(story, '<p>Body.</p>', { url: 'https://news.example', basePath: '/', timeZone: 'Europe/Moscow' });
    expect(item.description).toBe('Correction (22 November 2026 at 11:15): The opening time was 9:00, not 10:00. Three stations open.');
    expect(item.content).toBe('<p><strong>Correction (22 November 2026 at 11:15): The opening time was 9:00, not 10:00.</strong></p><p>Body.</p>');
  });

  it('a story without corrections keeps its feed item as it was', () => {
    const item = rssItem(corrected(undefined, []), '<p>Body.</p>', { url: 'https://news.example', basePath: '/', timeZone: 'Europe/Moscow' });
    expect(item.description).toBe('Three stations open.');
    expect(item.content).toBe('<p>Body.</p>');
  });

  it('dates the story in the sitemap by its newest correction', () => {
    const data = { publishedAt: at('2026-11-20T06:30:00Z'), updatedAt: at('2026-11-20T11:00:00Z'), section: 'news', tags: [], authors: [], draft: false, corrections: [second, first] };
    const dates = lastModifiedByUrl([{ id: 'metro', data }], options.now, { url: 'https://news.example', basePath: '/', timeZone: 'Europe/Moscow' });
    expect(dates.get('https://news.example/2026/11/20/metro/')).toEqual(second.at);
  });
});

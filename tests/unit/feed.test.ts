import { expect, it } from 'vitest';
import { creators, escapeXml, rssItem } from '../../src/lib/feed.ts';
import type { Story } from '../../src/lib/newsroom.ts';

const context = { url: 'https://news.example', basePath: '/', timeZone: 'Europe/Moscow' };
const story = {
  id: 'rates',
  title: 'Rates & "Prices" <Up>',
  description: 'Dek',
  publishedAt: new Date('2026-11-20T06:30:00Z'),
  section: { id: 'business', title: 'Business', description: '', path: '/business/' },
  tags: [{ name: 'Central Bank', slug: 'central-bank', path: '/tags/central-bank/' }],
  authors: [{ id: 'anna', name: "Anna O'Neil", path: '/authors/anna/' }],
  path: '/2026/11/20/rates/',
  aliases: [],
  readingMinutes: 3,
  translations: [],
  status: 'published',
  corrections: [],
} satisfies Story<unknown>;

it('builds an item with absolute links, categories and escaped creators', () => {
  const item = rssItem(story, '<p><a href="/business/">More</a></p>', context);
  expect(item.link).toBe('https://news.example/2026/11/20/rates/');
  expect(item.content).toBe('<p><a href="https://news.example/business/">More</a></p>');
  expect(item.categories).toEqual(['Business', 'Central Bank']);
  expect(item.customData).toBe('<dc:creator>Anna O&apos;Neil</dc:creator>');
});

it("ends a signed story's content with its agency line, as the page does", () => {
  const item = rssItem({ ...story, credit: 'AFP & Reuters contributed reporting.' }, '<p>Body</p>', context);
  expect(item.content).toBe('<p>Body</p><p><em>AFP &amp; Reuters contributed reporting.</em></p>');
  expect(rssItem(story, '<p>Body</p>', context).content).toBe('<p>Body</p>');
});

it('credits the agency when a story has no byline', () => {
  expect(creators({ authors: [], credit: 'AFP contributed reporting.' })).toEqual(['AFP']);
  expect(creators({ authors: [] })).toEqual([]);
});

it('escapes the five XML specials', () => {
  expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
});

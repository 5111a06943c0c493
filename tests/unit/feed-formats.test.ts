/** The parts of feeds beyond the item basics: enclosures, channel data, WebSub, JSON Feed and control characters. */
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { authorFeed, jsonFeed, rssChannelData, rssItem, sectionFeed, siteFeed, tagFeed, withoutControlCharacters } from '../../src/lib/feed.ts';
import type { Story } from '../../src/lib/newsroom.ts';

const context = { url: 'https://news.example', basePath: '/paper/', timeZone: 'Europe/Moscow' };
const story = {
  id: 'rates',
  title: 'Rates & "Prices" <Up>',
  description: 'Dek',
  publishedAt: new Date('2026-11-20T06:30:00Z'),
  updatedAt: new Date('2026-11-21T06:30:00Z'),
  corrections: [],
  section: { id: 'business', title: 'Business', description: 'Money.', path: '/business/' },
  tags: [{ name: 'Central Bank', slug: 'central-bank', path: '/tags/central-bank/' }],
  authors: [{ id: 'anna', name: 'Anna Volkova', path: '/authors/anna/' }],
  sourceUrl: 'https://wire.example/original',
  path: '/2026/11/20/rates/',
  aliases: [],
  readingMinutes: 3,
  translations: [],
  status: 'published',
} satisfies Story<unknown>;
const image = { url: 'https://news.example/paper/_astro/hero.jpg', type: 'image/jpeg', length: 12345, width: 1200, height: 630, alt: 'A "bank" & its door', credit: 'Agency' };

describe('RSS items with a hero photo', () => {
  const item = rssItem(story, '<p>Body</p>', context, image);

  it('carry it as an enclosure with type and length', () => {
    expect(item.enclosure).toEqual({ url: image.url, length: 12345, type: 'image/jpeg' });
  });

  it('and as Media RSS with its size, escaped alt text and credit', () => {
    expect(XMLValidator.validate(`<item xmlns:media="m" xmlns:dc="d">${item.customData}</item>`)).toBe(true);
    expect(item.customData).toContain(`<media:content url="${image.url}" type="image/jpeg" medium="image" width="1200" height="630" fileSize="12345">`);
    expect(item.customData).toContain('<media:description type="plain">A &quot;bank&quot; &amp; its door</media:description>');
    expect(item.customData).toContain('<media:credit>Agency</media:credit>');
  });

  it('are plain items without one', () => {
    const plain = rssItem(story, '<p>Body</p>', context);
    expect(plain.enclosure).toBeUndefined();
    expect(plain.customData).not.toContain('media:content');
  });
});

describe('feed specs', () => {
  it('put each front’s feed beside its page', () => {
    expect(siteFeed({ name: 'The Daily', description: 'News.' }).path).toBe('/rss.xml');
    expect(sectionFeed(story.section, 'The Daily')).toEqual({ title: 'The Daily: Business', description: 'Money.', path: '/business/rss.xml', pagePath: '/business/' });
    expect(tagFeed(story.tags[0]!, 'The Daily').path).toBe('/tags/central-bank/rss.xml');
    expect(authorFeed(story.authors[0]!, 'The Daily').path).toBe('/authors/anna/rss.xml');
  });
});

describe('channel data', () => {
  const spec = sectionFeed(story.section, 'The Daily');

  it('names the feed itself, its language and ttl', () => {
    const data = rssChannelData(spec, { language: 'en', ttlMinutes: 15 }, context);
    expect(data).toBe(
      '<language>en</language><ttl>15</ttl><atom:link href="https://news.example/paper/business/rss.xml" rel="self" type="application/rss+xml"/>',
    );
  });

  it('names the WebSub hub when one is configured', () => {
    const data = rssChannelData(spec, { language: 'en', ttlMinutes: 15, websubHub: 'https://hub.example/?a=1&b=2' }, context);
    expect(data).toContain('<atom:link href="https://hub.example/?a=1&amp;b=2" rel="hub"/>');
  });
});

describe('JSON Feed 1.1', () => {
  const item = rssItem(story, '<p><a href="/paper/business/">More</a></p>', context, image);
  const options = { title: 'The Daily', description: 'News.', path: '/feed.json', language: 'en', publisherName: 'The Daily' };
  const feed = jsonFeed(options, [{ story, item, image }], context) as Record<string, any>;

  it('describes the feed', () => {
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      home_page_url: 'https://news.example/paper/',
      feed_url: 'https://news.example/paper/feed.json',
      language: 'en',
    });
    expect(feed).not.toHaveProperty('hubs');
    expect((jsonFeed({ ...options, websubHub: 'https://hub.example/' }, [], context) as Record<string, any>).hubs).toEqual([
      { type: 'WebSub', url: 'https://hub.example/' },
    ]);
  });

  it('carries each story with content, authors, tags, image, language and both dates', () => {
    expect(feed.items).toEqual([
      {
        id: 'https://news.example/paper/2026/11/20/rates/',
        url: 'https://news.example/paper/2026/11/20/rates/',
        external_url: 'https://wire.example/original',
        title: 'Rates & "Prices" <Up>',
        content_html: '<p><a href="https://news.example/paper/business/">More</a></p>',
        summary: 'Dek',
        image: image.url,
        date_published: '2026-11-20T06:30:00.000Z',
        date_modified: '2026-11-21T06:30:00.000Z',
        authors: [{ name: 'Anna Volkova', url: 'https://news.example/paper/authors/anna/' }],
        tags: ['Business', 'Central Bank'],
        language: 'en',
      },
    ]);
  });

  it('names the agency as the author of unsigned copy', () => {
    const wire = { ...story, authors: [], credit: 'AFP' };
    const [entry] = (jsonFeed(options, [{ story: wire, item: rssItem(wire, '', context) }], context) as Record<string, any>).items;
    expect(entry.authors).toEqual([{ name: 'AFP' }]);
    expect(entry).not.toHaveProperty('image');
  });
});

it('drops the control characters XML forbids and keeps tabs and line breaks', () => {
  expect(withoutControlCharacters('a\u0000b\u0007c\u001Fd\te\nf\rg\uFFFEh')).toBe('abcd\te\nf\rgh');
});

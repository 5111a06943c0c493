import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { liveBlogJsonLd } from '../../../src/lib/live/live-blog-json-ld.ts';
import { updateFeedItems } from '../../../src/lib/live/update-feed-items.ts';
import { updateHeadline } from '../../../src/lib/live/update-headline.ts';
import { updatesJson } from '../../../src/lib/live/updates-json.ts';
import { plainText } from '../../../src/lib/live/plain-text.ts';

const urls = { url: 'https://news.example', basePath: '/', timeZone: 'Europe/Moscow' };
const vera = { id: 'vera', name: 'Vera Ivanova', path: '/authors/vera/' };
const updates = [
  { id: 'storm-live/1200', anchor: 'update-1200', at: new Date('2026-12-02T09:00:00Z'), title: 'Snow stops', key: true, authors: [vera], text: 'The snow has stopped.' },
  { id: 'storm-live/0700', anchor: 'update-0700', at: new Date('2026-12-01T04:15:00Z'), key: false, authors: [], text: 'An orange warning is in force for the region until Thursday morning, the weather service said on Tuesday.' },
];
const story = { path: '/2026/12/01/storm-live/', authors: [vera], credit: undefined, live: { startedAt: new Date('2026-12-01T04:00:00Z'), updates } };

describe('LiveBlogPosting JSON-LD', () => {
  const article = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Storm', datePublished: '2026-12-01T04:00:00.000Z' };

  it('keeps the article and adds coverage and one BlogPosting per update, with its anchor', () => {
    const data = liveBlogJsonLd(article, story, urls);
    expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'LiveBlogPosting', headline: 'Storm', coverageStartTime: '2026-12-01T04:00:00.000Z' });
    expect(data).not.toHaveProperty('coverageEndTime');
    expect(data.liveBlogUpdate).toEqual([
      {
        '@type': 'BlogPosting',
        headline: 'Snow stops',
        datePublished: '2026-12-02T09:00:00.000Z',
        articleBody: 'The snow has stopped.',
        url: 'https://news.example/2026/12/01/storm-live/#update-1200',
        author: [{ '@type': 'Person', name: 'Vera Ivanova', url: 'https://news.example/authors/vera/' }],
      },
      expect.objectContaining({ headline: expect.stringMatching(/^An orange warning is in force/), url: 'https://news.example/2026/12/01/storm-live/#update-0700' }),
    ]);
  });

  it('states when coverage ended', () => {
    const ended = liveBlogJsonLd(article, { ...story, live: { ...story.live, endedAt: new Date('2026-12-02T18:00:00Z') } }, urls);
    expect(ended.coverageEndTime).toBe('2026-12-02T18:00:00.000Z');
  });
});

describe('updates.json', () => {
  it('carries each update newest first with its anchor, time and rendered HTML, and whether coverage is live', () => {
    const html = new Map([['storm-live/1200', '<article id="update-1200">…</article>']]);
    const json = updatesJson(story, html, urls);
    expect(json).toEqual({
      url: 'https://news.example/2026/12/01/storm-live/',
      live: true,
      updates: [
        { id: 'update-1200', url: 'https://news.example/2026/12/01/storm-live/#update-1200', at: '2026-12-02T09:00:00.000Z', title: 'Snow stops', key: true, html: '<article id="update-1200">…</article>' },
        { id: 'update-0700', url: 'https://news.example/2026/12/01/storm-live/#update-0700', at: '2026-12-01T04:15:00.000Z', key: false, html: '' },
      ],
    });
    const ended = updatesJson({ ...story, live: { ...story.live, endedAt: new Date('2026-12-02T18:00:00Z') } }, html, urls);
    expect(ended).toMatchObject({ live: false, endedAt: '2026-12-02T18:00:00.000Z' });
  });
});

describe("a live story's feed items", () => {
  it('gives one item per update, linked to its permalink, with absolute links', () => {
    const items = updateFeedItems(story, new Map([['storm-live/1200', '<p><a href="/news/">News</a></p>']]), urls);
    expect(items.map((item) => item.link)).toEqual(['https://news.example/2026/12/01/storm-live/#update-1200', 'https://news.example/2026/12/01/storm-live/#update-0700']);
    expect(items[0]).toMatchObject({ title: 'Snow stops', pubDate: new Date('2026-12-02T09:00:00Z'), content: '<p><a href="https://news.example/news/">News</a></p>' });
    // An unsigned update is credited to the story's byline.
    expect(new XMLParser().parse(`<i>${items[1]!.customData}</i>`).i['dc:creator']).toBe('Vera Ivanova');
  });
});

describe('update headlines and text', () => {
  it('uses the title, or the first words cut at a word boundary', () => {
    expect(updateHeadline({ title: 'Title', text: 'Body' })).toBe('Title');
    expect(updateHeadline({ text: 'Short body.' })).toBe('Short body.');
    const long = updateHeadline({ text: updates[1]!.text }, 40);
    expect(long).toBe('An orange warning is in force for the…');
    expect(long.length).toBeLessThanOrEqual(40);
  });

  it('turns Markdown into plain words', () => {
    expect(plainText('## Roads\n\nThe **ring road** is [closed](/news/).\n\n- one\n- two')).toBe('Roads The ring road is closed. one two');
  });
});

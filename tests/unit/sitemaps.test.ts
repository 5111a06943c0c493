import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { lastModifiedByUrl, lastModifiedOf, newsLanguage, newsSitemapStories, newsSitemapXml, robotsTxt, syndicatedUrls, type DatedArticle } from '../../src/lib/sitemaps.ts';

const context = { url: 'https://news.example', basePath: '/', timeZone: 'Europe/Moscow' };
const now = new Date('2026-11-23T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

describe('lastModifiedByUrl', () => {
  const article = (id: string, data: Partial<DatedArticle['data']>): DatedArticle => ({
    id,
    data: { publishedAt: hoursAgo(100), section: 'news', tags: [], authors: [], draft: false, corrections: [], ...data },
  });
  const dates = lastModifiedByUrl(
    [
      article('updated', { publishedAt: hoursAgo(50), updatedAt: hoursAgo(10), tags: ['Space Flight'], authors: ['anna'] }),
      article('plain', { publishedAt: hoursAgo(30), section: 'culture', tags: ['Space flight'] }),
      article('draft', { publishedAt: hoursAgo(1), draft: true }),
      article('embargoed', { publishedAt: hoursAgo(-5) }),
    ],
    now,
    context,
  );

  it('dates a story by updatedAt, else publishedAt', () => {
    expect(dates.get('https://news.example/2026/11/21/updated/')).toEqual(hoursAgo(10));
    expect(dates.get('https://news.example/2026/11/22/plain/')).toEqual(hoursAgo(30));
  });

  it('dates each front by its newest published change', () => {
    expect(dates.get('https://news.example/')).toEqual(hoursAgo(10));
    expect(dates.get('https://news.example/news/')).toEqual(hoursAgo(10));
    expect(dates.get('https://news.example/culture/')).toEqual(hoursAgo(30));
    expect(dates.get('https://news.example/tags/space-flight/')).toEqual(hoursAgo(10));
    expect(dates.get('https://news.example/authors/anna/')).toEqual(hoursAgo(10));
  });

  it('dates later pages of a front like the front', () => {
    expect(lastModifiedOf(dates, 'https://news.example/news/page/3/')).toEqual(hoursAgo(10));
    expect(lastModifiedOf(dates, 'https://news.example/elsewhere/')).toBeUndefined();
  });

  it('ignores drafts and embargoed stories', () => {
    expect([...dates.keys()].some((url) => url.includes('draft') || url.includes('embargoed'))).toBe(false);
  });
});

describe('syndicated stories', () => {
  it('are the stories with a sourceUrl, by their address on this site', () => {
    const base = { section: 'news', tags: [], authors: [], draft: false, corrections: [], publishedAt: new Date('2026-11-20T06:30:00Z') };
    const urls = syndicatedUrls([{ id: 'wire', data: { ...base, sourceUrl: 'https://example.org/original' } }, { id: 'own', data: base }], context);
    expect([...urls]).toEqual([`${context.url}${context.basePath}2026/11/20/wire/`]);
  });
});

describe('the News sitemap', () => {
  const story = (title: string, hours: number) => ({ title, publishedAt: hoursAgo(hours), path: `/${title}/` });

  it('lists stories of the last 48 hours, newest first', () => {
    const stories = [story('old', 48.01), story('edge', 47.99), story('new', 1), story('future', -1)];
    expect(newsSitemapStories(stories, now).map((entry) => entry.title)).toEqual(['new', 'edge']);
  });

  it('orders stories published at the same moment by path, whatever order they come in', () => {
    const [a, b, c] = [story('b-second', 2), story('a-first', 2), story('c-third', 2)];
    const titles = (stories: typeof a[]) => newsSitemapStories(stories, now).map((entry) => entry.title);
    expect(titles([a, b, c])).toEqual(['a-first', 'b-second', 'c-third']);
    expect(titles([c, a, b])).toEqual(titles([a, b, c]));
  });

  it('leaves out syndicated stories', () => {
    const stories = [story('own', 1), { ...story('wire', 1), sourceUrl: 'https://example.org/original' }];
    expect(newsSitemapStories(stories, now).map((entry) => entry.title)).toEqual(['own']);
  });

  it('lists at most 1,000', () => {
    const many = Array.from({ length: 1005 }, (_, index) => story(`s${index}`, index / 100));
    const listed = newsSitemapStories(many, now);
    expect(listed).toHaveLength(1000);
    expect(listed[0]!.title).toBe('s0');
  });

  it('writes valid XML with escaped titles and the publication', () => {
    const xml = newsSitemapXml([{ title: 'Rates & <Prices>', publishedAt: hoursAgo(1), path: '/a/' }], { name: 'The "Daily"', language: 'en-GB' }, context);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<news:title>Rates &amp; &lt;Prices&gt;</news:title>');
    expect(xml).toContain('<news:publication><news:name>The &quot;Daily&quot;</news:name><news:language>en</news:language></news:publication>');
    expect(xml).toContain('<news:publication_date>2026-11-23T11:00:00.000Z</news:publication_date>');
  });

  it('is still a valid urlset when empty', () => {
    const xml = newsSitemapXml([], { name: 'The Daily', language: 'en' }, context);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    expect(xml).not.toContain('<url>');
  });

  it('uses the two-letter language, except for the two Chinese scripts Google names', () => {
    expect(newsLanguage('ru-RU')).toBe('ru');
    expect(newsLanguage('zh-TW')).toBe('zh-tw');
  });
});

it('names every sitemap in robots.txt', () => {
  expect(robotsTxt(['https://news.example/sitemap-index.xml', 'https://news.example/news-sitemap.xml'])).toBe(
    'User-agent: *\nAllow: /\n\nSitemap: https://news.example/sitemap-index.xml\nSitemap: https://news.example/news-sitemap.xml\n',
  );
});

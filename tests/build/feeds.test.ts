/**
 * Every feed of a real build, read by two independent parsers (rss-parser and
 * @rowanmanning/feed-parser) and checked against the rules the W3C feed
 * validator enforces for RSS 2.0. Built under a base path, so every absolute
 * URL must carry it.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { siteBuild, filesBelow, type BuildResult } from './site-build.ts';

const origin = 'https://news.example.org';
const base = '/paper/';
const hub = 'https://hub.example.net/?topic=a&b=c';
const root = `${origin}${base}`;
let build: BuildResult;
let files: string[];
const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
/** The built file a site URL points to. */
const fileOf = (url: string) => join(build.outDir, decodeURI(url.slice(root.length)));

// RFC 822 as RSS 2.0 uses it (four-digit years allowed): "Fri, 20 Nov 2026 06:30:00 GMT".
const rfc822 = /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{2,4} \d{2}:\d{2}(?::\d{2})? (?:GMT|UT|[+-]\d{4}|[A-Z]{1,3})$/;
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
/** An ampersand that does not start an entity or character reference is not well-formed XML. */
const bareAmpersand = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'category', 'dc:creator', 'atom:link'].includes(name) });

type Channel = Record<string, any>;
const channelOf = (path: string): Channel => xml.parse(read(path)).rss.channel;

beforeAll(() => {
  build = siteBuild('found-feeds', 'tests/fixtures/basic', { SITE_URL: origin, BASE_PATH: base, WEBSUB_HUB: hub });
  files = filesBelow(build.outDir);
});

const feeds = () => files.filter((file) => file.endsWith('rss.xml'));

it('builds', () => {
  expect(build.status, build.output).toBe(0);
});

it('writes a feed for the site and for every section, tag and author front, and each front links its own', () => {
  const fronts = files.filter((file) => /^(?:(?:news|culture)|tags\/[^/]+|authors\/[^/]+)\/index\.html$/.test(file));
  expect(fronts).toEqual(
    expect.arrayContaining(['news/index.html', 'culture/index.html', 'tags/theatre/index.html', 'authors/vera-ivanova/index.html', 'authors/ilya-frolov/index.html']),
  );
  expect(feeds().toSorted()).toEqual(['rss.xml', ...fronts.map((front) => front.replace('index.html', 'rss.xml'))].toSorted());
  for (const front of fronts) {
    const feedUrl = `${root}${front.replace('index.html', 'rss.xml')}`;
    expect(read(front), front).toMatch(new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${feedUrl.replace(/[.?]/g, '\\$&')}">`));
  }
});

describe('every RSS feed', () => {
  it('is well-formed XML without control characters or bare ampersands', () => {
    for (const feed of feeds()) {
      const text = read(feed);
      expect(XMLValidator.validate(text), feed).toBe(true);
      expect(text, feed).not.toMatch(controlCharacters);
      expect(text, feed).not.toMatch(bareAmpersand);
    }
  });

  it('has the channel elements RSS 2.0 requires, its own URL, a ttl, its language and the WebSub hub', () => {
    for (const feed of feeds()) {
      const channel = channelOf(feed);
      expect(channel.title, feed).toBeTruthy();
      expect(channel.description, feed).toBeTruthy();
      expect(channel.link, feed).toBe(`${root}${feed.replace('rss.xml', '')}`);
      expect(channel.language, feed).toBe(site.language);
      expect(channel.ttl, feed).toBe(site.feedTtlMinutes);
      const links = channel['atom:link'].map((link: Record<string, string>) => [link['@rel'], link['@href']]);
      expect(links, feed).toEqual([
        ['self', `${root}${feed}`],
        ['hub', hub],
      ]);
    }
  });

  it('has items with RFC 822 dates, unique permalink guids and absolute links', () => {
    for (const feed of feeds()) {
      const items: Channel[] = channelOf(feed).item ?? [];
      expect(items.length, feed).toBeGreaterThan(0);
      expect(items.length, feed).toBeLessThanOrEqual(site.feedSize);
      const guids = items.map((item) => item.guid['#text']);
      expect(new Set(guids).size, feed).toBe(guids.length);
      for (const item of items) {
        expect(item.pubDate, feed).toMatch(rfc822);
        expect(Number.isNaN(Date.parse(item.pubDate)), feed).toBe(false);
        expect(item.link.startsWith(root), item.link).toBe(true);
        expect(item.guid['@isPermaLink']).toBe('true');
        expect(item.guid['#text']).toBe(item.link);
        // Feeds of deks (fullTextFeeds) carry no content.
        const content: string = item['content:encoded'] ?? '';
        expect(content, item.link).not.toMatch(/\s(?:href|src)="(?!https?:|mailto:|#)/);
        expect(item['dc:creator'].length, item.link).toBeGreaterThan(0);
      }
    }
  });

  it('carries each hero as an enclosure and as Media RSS: the built rendition, with its real type and length', () => {
    let enclosures = 0;
    for (const feed of feeds()) {
      for (const item of (channelOf(feed).item ?? []) as Channel[]) {
        if (!item.enclosure) continue;
        enclosures++;
        const { '@url': url, '@length': length, '@type': type } = item.enclosure;
        expect(url.startsWith(`${root}_astro/`), url).toBe(true);
        expect(Number(length)).toBe(statSync(fileOf(url)).size);
        expect(type).toBe('image/jpeg');
        const media = item['media:content'];
        expect([media['@url'], media['@type'], media['@fileSize'], media['@medium']]).toEqual([url, type, length, 'image']);
        expect(media['media:description']['#text']).toBeTruthy();
      }
    }
    expect(enclosures).toBeGreaterThan(0);
  });

  it('reads the same in two independent parsers, with titles unescaped exactly', async () => {
    const rssParser = new Parser();
    for (const feed of feeds()) {
      const text = read(feed);
      const [first, second] = [await rssParser.parseString(text), parseFeed(text)];
      expect(second.items.map((item) => item.title), feed).toEqual(first.items.map((item) => item.title));
      expect(second.items.map((item) => item.url), feed).toEqual(first.items.map((item) => item.link));
      expect(second.self, feed).toBe(`${root}${feed}`);
    }
  });
});

describe('the fixture stories in their feeds', () => {
  // Typeset: the straight quotes of the front matter come out curly, like the body's.
  const tricky = 'Rates & “Prices” <Up> at O’Neil’s Theatre Bar';

  it('escape &, < and quotes in a headline so both parsers read it back exactly', async () => {
    const text = read('tags/theatre/rss.xml');
    expect(text).toContain('<title>Rates &amp; ');
    expect(text).not.toContain('<Up>');
    expect((await new Parser().parseString(text)).items.map((item) => item.title)).toContain(tricky);
    expect(parseFeed(text).items.map((item) => item.title)).toContain(tricky);
  });

  it('keep each front’s feed to its own stories', async () => {
    const culture = await new Parser().parseString(read('culture/rss.xml'));
    expect(culture.items.length).toBeGreaterThan(1);
    for (const item of culture.items) expect(item.categories?.[0]).toBe('Culture');
    const vera = parseFeed(read('authors/vera-ivanova/rss.xml'));
    for (const item of vera.items) expect(item.authors.map((author) => author.name)).toContain('Vera Ivanova');
    const verasPages = files.filter((file) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(file) && read(file).includes('href="/paper/authors/vera-ivanova/" rel="author"'));
    expect(vera.items).toHaveLength(verasPages.length);
  });

  it('carry whole stories in the kinds of feed fullTextFeeds names, and deks with links in the others', async () => {
    const kinds = { site: 'rss.xml', sections: 'culture/rss.xml', tags: 'tags/theatre/rss.xml', authors: 'authors/vera-ivanova/rss.xml' } as const;
    for (const [kind, file] of Object.entries(kinds)) {
      const items = (await new Parser().parseString(read(file))).items;
      expect(items.length, file).toBeGreaterThan(0);
      const full = site.fullTextFeeds.includes(kind as keyof typeof kinds);
      for (const item of items) {
        expect(Boolean(item['content:encoded']), `${file}: ${item.title}`).toBe(full);
        expect(item.link, file).toMatch(new RegExp(`^${root}`));
        expect(item.contentSnippet, file).toBeTruthy();
      }
    }
    const json = JSON.parse(read('feed.json')).items as { content_html?: string }[];
    expect(json.every((item) => Boolean(item.content_html))).toBe(site.fullTextFeeds.includes('site'));
  });

  it('credit agency copy to the agency', () => {
    const item = parseFeed(read('rss.xml')).items.find((entry) => entry.title === 'Agency Wire Story Without a Byline');
    expect(item?.authors.map((author) => author.name)).toEqual(['AFP']);
  });
});

describe('the JSON Feed', () => {
  const feed = () => JSON.parse(read('feed.json'));

  it('is JSON Feed 1.1 with the same stories as the RSS feed', async () => {
    const json = feed();
    expect(json).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', home_page_url: root, feed_url: `${root}feed.json`, language: site.language });
    expect(json.hubs).toEqual([{ type: 'WebSub', url: hub }]);
    const rss = await new Parser().parseString(read('rss.xml'));
    expect(json.items.map((item: { url: string }) => item.url)).toEqual(rss.items.map((item) => item.link));
  });

  it('gives every item its content, dates, authors, tags and language, and the hero as its image', () => {
    for (const item of feed().items) {
      expect(item.id).toBe(item.url);
      expect(item.content_html).toBeTruthy();
      expect(item.content_html).not.toMatch(/\s(?:href|src)="(?!https?:|mailto:|#)/);
      expect(new Date(item.date_published).toISOString()).toBe(item.date_published);
      expect(Date.parse(item.date_modified)).toBeGreaterThanOrEqual(Date.parse(item.date_published));
      expect(item.authors.length).toBeGreaterThan(0);
      expect(item.tags.length).toBeGreaterThan(0);
      expect(item.language).toBe(site.language);
      if (item.image) expect(statSync(fileOf(item.image)).isFile()).toBe(true);
    }
    const lead = feed().items.find((item: { url: string }) => item.url.endsWith('/lead-with-photo/'));
    expect(lead.image).toMatch(new RegExp(`^${root}_astro/lead-photo\\.`));
    expect(lead.date_modified).toBe('2026-11-02T06:00:00.000Z');
  });
});

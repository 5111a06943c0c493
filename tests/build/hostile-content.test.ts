/**
 * Issue 19 in real builds. A tree of hostile input (tests/fixtures/hostile)
 * stops the build before any page, naming every problem; a careless but
 * buildable tree (tests/fixtures/careless: comments, allowed embeds, a dek
 * that quotes markup, tags that differ by a symbol or a mark, a 1.2 MB story)
 * is published safely.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { siteBuild, filesBelow, type BuildResult } from './site-build.ts';

describe('a build of hostile input', () => {
  const build = siteBuild('hostile', 'tests/fixtures/hostile');

  it('fails before writing any page', () => {
    expect(build.status).not.toBe(0);
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
  });

  it('names the file, line and element or field of every finding', () => {
    const expected = [
      'articles/raw-html.md:10  body  <script> is not allowed',
      'articles/raw-html.md:22  body  <base> is not allowed',
      'articles/raw-html.md:26  body  a javascript: URL in <a href> is not allowed',
      'authors/vera-ivanova.md:6  body  <script> is not allowed',
      'articles/linked-story.md:1  file name  is a symbolic link',
      'articles/huge-image.md:8  image.src  image huge.png is 7000 × 6000 pixels',
      'articles/control-characters.md:6  location  has a control character (U+0000 NUL)',
      'articles/not-utf8.md:9  file  is not UTF-8',
      'articles/tag-c-sharp.md:6  tags  tag "C#" would share the page /tags/c-sharp/',
      'articles/image-outside.md:8  body  image photo.png is outside the content folder',
      'articles/image-through-link.md:8  body  image linked-photo.png is a symbolic link',
    ];
    for (const line of expected) expect(build.output).toContain(`tests/fixtures/hostile/${line}`);
    // The check ran before Astro's YAML parser could meet the NUL.
    expect(build.output).toContain('The content has problems; nothing was built.');
  });
});

describe('a build of careless input', () => {
  let build: BuildResult;
  const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
  beforeAll(() => {
    build = siteBuild('careless', 'tests/fixtures/careless');
  });

  it('builds, warning where the HTML comments are', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('warning tests/fixtures/careless/articles/2026/11/editors-note.md:10  body  an HTML comment is not published');
  });

  it('publishes no HTML comment in pages, RSS or the JSON Feed (finding 2)', () => {
    const published = filesBelow(build.outDir).filter((file) => /\.(?:html|xml|json)$/.test(file) && !file.startsWith('pagefind/'));
    expect(published).toEqual(expect.arrayContaining(['2026/11/09/editors-note/index.html', 'rss.xml', 'feed.json', 'authors/vera-ivanova/index.html']));
    for (const file of published) {
      const text = read(file);
      expect(text, file).not.toContain('123-45-67');
      expect(text, file).not.toContain('leaving in March');
    }
  });

  it('publishes allowed embeds lazy, sandboxed and sending only the origin (finding 1)', () => {
    const iframes = read('2026/11/10/embeds/index.html').match(/<iframe[^>]*>/g) ?? [];
    expect(iframes.map((iframe) => new URL(/src="([^"]+)"/.exec(iframe)![1]!.replace(/&amp;/g, '&')).host)).toEqual(site.embedHosts);
    for (const iframe of iframes) {
      expect(iframe).toContain('loading="lazy"');
      expect(iframe).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation"');
      expect(iframe).toContain('referrerpolicy="strict-origin-when-cross-origin"');
    }
    expect(read('2026/11/10/embeds/index.html')).toMatch(/<figure>\s*<p><img [^>]*alt="A street in the rain"[^>]*><\/p>\s*<figcaption>The street after the storm\.<\/figcaption>\s*<\/figure>/);
  });

  it('gives every srcset candidate the width it claims, a real resize of the original (finding 4)', async () => {
    const html = read('2026/11/10/embeds/index.html');
    const candidates = [...html.matchAll(/srcset="([^"]+)"/g)].flatMap((match) => match[1]!.split(', ').map((candidate) => candidate.split(' ')));
    expect(candidates.length).toBeGreaterThanOrEqual(4);
    const original = readFileSync('tests/fixtures/careless/articles/2026/11/street.jpg');
    for (const [url, width] of candidates) {
      const bytes = readFileSync(join(build.outDir, url!));
      expect(bytes.equals(original), url).toBe(false);
      expect(`${(await sharp(bytes).metadata()).width}w`, url).toBe(width);
    }
  });

  it('keeps tags that differ by a symbol or a mark on their own pages (finding 7)', () => {
    const pages: Record<string, string> = { c: 'C', 'c-sharp': 'C#', 'c-plus-plus': 'C++', kraj: 'Край', kraya: 'края', हिंदी: 'हिंदी', हिंदू: 'हिंदू' };
    for (const [slug, name] of Object.entries(pages)) expect(read(`tags/${slug}/index.html`), slug).toContain(`<title>${name} | ${site.name}</title>`);
  });

  it('has feed readers show a dek that quotes markup as text (finding 8)', async () => {
    const dek = 'Why the text <img src=x onerror=alert(1)> must stay text, & why it matters';
    const xml = read('rss.xml');
    const rssParserItem = (await new Parser().parseString(xml)).items.find((item) => item.title === 'A Dek That Quotes Markup')!;
    const feedParserItem = parseFeed(xml).items.find((item) => item.title === 'A Dek That Quotes Markup')!;
    // rss-parser hands the reader the description's HTML: the tag arrives escaped, as characters to show, and its text is the dek.
    expect(rssParserItem.content).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(rssParserItem.content).not.toContain('<img');
    expect(rssParserItem.contentSnippet).toBe(dek);
    // @rowanmanning/feed-parser decodes the description to the text a reader shows.
    expect(feedParserItem.description).toBe(dek);
    expect(JSON.parse(read('feed.json')).items.find((item: { title: string }) => item.title === 'A Dek That Quotes Markup').summary).toBe(dek);
  });

  it('keeps every feed under maxFeedBytes by giving the oldest items only their dek (finding 9)', async () => {
    const feeds = filesBelow(build.outDir).filter((file) => file.endsWith('rss.xml') || file === 'feed.json');
    const carrying = feeds.filter((file) => read(file).includes('The Full Transcript of the Hearing'));
    expect(carrying).toEqual(expect.arrayContaining(['rss.xml', 'feed.json', 'news/rss.xml', 'tags/c-plus-plus/rss.xml', 'authors/vera-ivanova/rss.xml']));
    for (const file of feeds) expect(statSync(join(build.outDir, file)).size, file).toBeLessThanOrEqual(site.maxFeedBytes);
    const items = (await new Parser().parseString(read('rss.xml'))).items;
    const transcript = items.find((item) => item.title === 'The Full Transcript of the Hearing')!;
    expect(transcript['content:encoded']).toBeUndefined();
    expect(transcript.content).toBe('A fine dek.');
    // The newer stories keep their full text.
    expect(items.filter((item) => item['content:encoded'])).toHaveLength(items.length - 1);
    const json = JSON.parse(read('feed.json')).items.find((item: { title: string }) => item.title === 'The Full Transcript of the Hearing');
    expect(json).toMatchObject({ content_text: 'A fine dek.' });
    expect(json.content_html).toBeUndefined();
  });
});

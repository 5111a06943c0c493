import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageScript } from '../../src/lib/page-script.ts';
import { siteBuild, brokenInternalLinks, filesBelow, type BuildResult } from './site-build.ts';

const origin = 'https://broadsheet.example.com';
let build: BuildResult;
let files: string[];
const page = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

beforeAll(() => {
  build = siteBuild('basic', 'tests/fixtures/basic', { SITE_URL: origin });
  files = filesBelow(build.outDir);
});

describe('a valid fixture tree', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('writes a page for every published story, filed under its Moscow date', () => {
    const articlePages = files.filter((file) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(file));
    expect(articlePages).toHaveLength(15);
    // 01:15 in Moscow on 2 November is still 1 November in UTC.
    expect(articlePages).toContain('2026/11/02/lead-with-photo/index.html');
    expect(articlePages).toContain('2026/10/20/agency-wire-story/index.html');
  });

  it('writes nothing for drafts or embargoed stories', () => {
    const everything = files.map((file) => (file.endsWith('.html') || file.endsWith('.xml') ? `${file}\n${page(file)}` : file)).join('\n');
    expect(everything).not.toContain('unpublished-draft');
    expect(everything).not.toContain('Draft That Must Never');
    expect(everything).not.toContain('embargoed-until-2099');
  });

  it('paginates fronts at the configured page size', () => {
    expect(files).toContain('news/index.html');
    expect(files).toContain('news/page/2/index.html');
    expect(files).not.toContain('news/page/3/index.html');
    expect(page('news/page/2/index.html')).toContain('rel="prev" href="/news/"');
  });

  it('writes tag, author, section and 404 pages', () => {
    for (const path of ['tags/trams/index.html', 'tags/theatre/index.html', 'authors/vera-ivanova/index.html', 'culture/index.html', '404.html']) {
      expect(files).toContain(path);
    }
    // "Trams" and "trams" are one tag, shown with the spelling most stories use.
    expect(files.filter((file) => file.startsWith('tags/trams') && file.endsWith('.html'))).toEqual(['tags/trams/index.html']);
    expect(page('tags/trams/index.html')).toContain('<h1>Trams</h1>');
  });

  it("names an author's role once on the page, and in the description that goes without it", () => {
    const html = page('authors/vera-ivanova/index.html');
    const header = html.slice(html.indexOf('<header class="front-header">'), html.indexOf('</header>', html.indexOf('<header class="front-header">')));
    expect(header).toContain('<p class="kicker">City reporter</p>');
    expect(header.split('City reporter')).toHaveLength(2);
    expect(header).toContain('Stories by Vera Ivanova, newest first.');
    expect(html).toContain('<meta name="description" content="Stories by Vera Ivanova, City reporter, newest first.">');
  });

  it('renders the article page parts', () => {
    const html = page('2026/11/02/lead-with-photo/index.html');
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toMatch(/By <a href="\/authors\/ilya-frolov\/" rel="author">Ilya Frolov<\/a> and <a href="\/authors\/vera-ivanova\/"/);
    expect(html).toContain('<time datetime="2026-11-01T22:15:00.000Z">');
    expect(html).toMatch(/Updated <time datetime="2026-11-02T06:00:00.000Z">/);
    expect(html).toMatch(/<figure class="article__hero">[\s\S]*<img[^>]+srcset=[\s\S]*<figcaption>/);
    expect(html).toMatch(/<img alt="The same red square, in the body"[^>]+srcset="[^"]+ 400w/);
    expect(html).toContain('<link rel="canonical" href="https://example.org/original">');
    expect(html).toContain('Originally published at');
    expect(html).toMatch(/<aside class="related-callout"[^>]*>[\s\S]*href="\/2026\/10\/02\/city-story-01\/"/);
    expect(html).toMatch(/<a href="https:\/\/example\.org\/elsewhere" rel="noopener">/);
    expect(html).toContain('“quoted words” – with a dash');
    expect(html).toMatch(/<section class="related" aria-labelledby="related-heading">\s*<h2 id="related-heading">Related articles<\/h2>/);
    // The pinned story comes first.
    const related = html.slice(html.indexOf('related-heading'));
    expect(related.match(/href="([^"]+)"/)?.[1]).toBe('/2026/10/04/city-story-03/');
  });

  it('credits the agency on an unsigned story', () => {
    expect(page('2026/10/20/agency-wire-story/index.html')).toContain('<p class="byline">AFP contributed reporting.</p>');
  });

  it('links every page to the feed and a canonical URL', () => {
    // Not the redirect pages at a story's aliases: they hold only the redirect (tests/build/aliases.test.ts).
    const redirects = JSON.parse(page('redirects.json')) as Record<string, string>;
    for (const file of files.filter((file) => file.endsWith('.html') && !(file in redirects))) {
      const html = page(file);
      expect(html, file).toContain('<link rel="alternate" type="application/rss+xml"');
      // The 404 page is not for search engines: no canonical URL of its own, and noindex.
      if (file === '404.html') {
        expect(html, file).toContain('<meta name="robots" content="noindex">');
        expect(html, file).not.toContain('rel="canonical"');
      } else expect(html, file).toMatch(/<link rel="canonical" href="https?:\/\//);
      expect(html, file).toMatch(/<html lang="en"/);
      expect(html, file).toContain('class="skip-link"');
      // The one script is the inline page script (theme and "Copy link", under 1 KB); the search page adds its Pagefind UI.
      const scripts = [...html.matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
      expect(scripts[0], file).toBe(pageScript);
      expect(scripts, file).toHaveLength(file === 'search/index.html' ? 2 : 1);
    }
  });

  it('leaves no internal link unresolved', () => {
    expect(brokenInternalLinks(build.outDir, origin)).toEqual([]);
  });

  it('writes an RSS feed that a feed parser reads, newest first, with full content', async () => {
    const parser = new Parser<object, { creators: string[]; 'content:encoded': string }>({
      customFields: { item: [['dc:creator', 'creators', { keepArray: true }]] },
    });
    const feed = await parser.parseString(page('rss.xml'));
    expect(feed.items).toHaveLength(15);
    const dates = feed.items.map((item) => Date.parse(item.pubDate!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const lead = feed.items[0]!;
    expect(lead.link).toBe(`${origin}/2026/11/02/lead-with-photo/`);
    expect(lead.guid).toBe(lead.link);
    expect(lead.contentSnippet).toBe('The newest story, with a hero image, a callout and a pinned related story.');
    expect(lead['content:encoded']).toContain(`href="${origin}/2026/10/02/city-story-01/"`);
    expect(lead['content:encoded']).not.toMatch(/(?:href|src)="\/(?!\/)/);
    // Body images are real files, not Astro's placeholders.
    expect(lead['content:encoded']).toMatch(new RegExp(`<img [^>]*src="${origin}/_astro/lead-photo\\.[^"]+\\.webp"`));
    expect(lead['content:encoded']).not.toContain('__ASTRO_IMAGE_');
    expect(lead.categories).toEqual(['Culture', 'Theatre', 'Trams']);
    expect(lead.creators).toEqual(['Ilya Frolov', 'Vera Ivanova']);
  });
});

/**
 * What search engines and messengers read, checked on a real build of the
 * basic fixture plus stories published just now, two days ago, before the
 * drawn-card window, with their own share image and with a noisy photo:
 * Open Graph and Twitter tags, JSON-LD per page type, share images and the
 * card cache, the sitemaps and robots.txt.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { runContentCheck } from '../../src/integrations/check-content-before-build.ts';
import { lastUpdate } from '../../src/lib/newsroom.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { site } from '../../src/site.config.ts';
import { siteBuild, filesBelow, type BuildResult } from './site-build.ts';

const origin = 'https://broadsheet.example.com';
const contentDir = resolve('tests/.builds/found-metadata/content');
const cache = resolve('tests/.builds/found-metadata/cache');
const cardCache = join(cache, 'social-cards');
const now = new Date();
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
/** When the two-day-old story was corrected, to the second as front matter writes it. */
const corrected = hoursAgo(30).toISOString().replace(/\.\d+Z$/, 'Z');
/** Older than the site's drawn-card window (`cardDays`): shares its section's card. */
const beforeTheWindow = hoursAgo((site.cardDays + 10) * 24);
const noisyPhoto = await sharp(Buffer.from(Array.from({ length: 1200 * 630 * 3 }, (_, index) => (index * 2_654_435_761) >>> 24)), {
  raw: { width: 1200, height: 630, channels: 3 },
})
  .jpeg({ quality: 95 })
  .toBuffer();
let build: BuildResult;
let files: string[];
const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
const fileOf = (url: string) => join(build.outDir, url.slice(origin.length + 1));

function story(id: string, publishedAt: Date, extra = '') {
  const date = publishedAt.toISOString().replace(/\.\d+Z$/, 'Z');
  return `---\ntitle: "Story ${id}"\ndescription: "Dek of ${id}."\npublishedAt: ${date}\nsection: news\nauthors: [vera-ivanova]\n${extra}---\nBody of ${id}.\n`;
}

beforeAll(() => {
  rmSync(contentDir, { recursive: true, force: true });
  cpSync('tests/fixtures/basic', contentDir, { recursive: true });
  const recent = join(contentDir, 'articles', 'recent');
  mkdirSync(recent);
  writeFileSync(join(recent, 'fresh-story.md'), story('fresh-story', hoursAgo(2)));
  writeFileSync(join(recent, 'two-days-old.md'), story('two-days-old', hoursAgo(49), `corrections:\n  - at: ${corrected}\n    text: "A name was misspelt."\n`));
  copyFileSync('tests/fixtures/basic/articles/2026/11/lead-photo.jpg', join(recent, 'own-card.jpg'));
  writeFileSync(join(recent, 'with-own-card.md'), story('with-own-card', hoursAgo(60), 'socialImage: ./own-card.jpg\n'));
  writeFileSync(join(recent, 'before-the-window.md'), story('before-the-window', beforeTheWindow));
  // Noise is JPEG's worst case: at the usual quality its 1200×630 crop is far over the share-image limit.
  writeFileSync(join(recent, 'noise.jpg'), noisyPhoto);
  writeFileSync(join(recent, 'noisy-photo.md'), story('noisy-photo', hoursAgo(72), 'image:\n  src: ./noise.jpg\n  alt: "Static"\n'));
  // A cold build: no cards, and no pages for Astro's incremental build to reuse.
  rmSync(cache, { recursive: true, force: true });
  build = siteBuild('found-metadata', contentDir, { SITE_URL: origin });
  files = filesBelow(build.outDir);
});

/** The content of every `<meta property|name=key>` of a page, in order. */
const meta = (html: string, key: string) =>
  [...html.matchAll(new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)">`, 'g'))].map((match) =>
    match[1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'"),
  );
const jsonLd = (html: string): Record<string, any>[] =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) => JSON.parse(match[1]!));
const page = (path: string) => read(path === '/' ? 'index.html' : `${path.slice(1)}index.html`);
const articleFile = (id: string, publishedAt: Date) => `${articlePath(id, publishedAt, site.timeZone).slice(1)}index.html`;

it('builds', () => {
  expect(build.status, build.output).toBe(0);
});

describe('an article page', () => {
  const lead = () => read('2026/11/02/lead-with-photo/index.html');

  it('has Open Graph article tags with the hero at 1200×630 and its alt', async () => {
    const html = lead();
    expect(meta(html, 'og:type')).toEqual(['article']);
    expect(meta(html, 'og:title')).toEqual(['Lead Story With a Photo and a Callout']);
    expect(meta(html, 'og:description')).toEqual(['The newest story, with a hero image, a callout and a pinned related story.']);
    expect(meta(html, 'og:url')).toEqual([`${origin}/2026/11/02/lead-with-photo/`]);
    expect(meta(html, 'og:site_name')).toEqual([site.name]);
    expect(meta(html, 'og:locale')).toEqual(['en_US']);
    expect(meta(html, 'article:published_time')).toEqual(['2026-11-01T22:15:00.000Z']);
    expect(meta(html, 'article:modified_time')).toEqual(['2026-11-02T06:00:00.000Z']);
    expect(meta(html, 'article:section')).toEqual(['Culture']);
    expect(meta(html, 'article:tag')).toEqual(['Theatre', 'Trams']);
    expect(meta(html, 'article:author')).toEqual([`${origin}/authors/ilya-frolov/`, `${origin}/authors/vera-ivanova/`]);
    const [image] = meta(html, 'og:image');
    expect(meta(html, 'og:image:alt')).toEqual(['A red square on a grey ground']);
    const built = await sharp(fileOf(image!)).metadata();
    expect(meta(html, 'og:image:width')).toEqual([String(built.width)]);
    expect(meta(html, 'og:image:height')).toEqual([String(built.height)]);
    // The fixture photo is 800×450: cropped to the 1200:630 shape, not enlarged.
    expect(Math.abs(built.width! / built.height! - 1200 / 630)).toBeLessThan(0.01);
  });

  it('shares its hero crop as a JPEG on Twitter too, and draws no card for it', async () => {
    const html = lead();
    expect(meta(html, 'twitter:card')).toEqual(['summary_large_image']);
    expect(meta(html, 'twitter:image')).toEqual(meta(html, 'og:image'));
    expect(meta(html, 'twitter:image:alt')).toEqual(['A red square on a grey ground']);
    expect(meta(html, 'og:image:type')).toEqual(['image/jpeg']);
    expect((await sharp(fileOf(meta(html, 'og:image')[0]!)).metadata()).format).toBe('jpeg');
    expect(files).not.toContain('2026/11/02/lead-with-photo/card.png');
  });

  it('describes a NewsArticle with every property Google lists as required or recommended', () => {
    const [article, ...others] = jsonLd(lead());
    expect(others).toEqual([]);
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Lead Story With a Photo and a Callout',
      description: 'The newest story, with a hero image, a callout and a pinned related story.',
      datePublished: '2026-11-01T22:15:00.000Z',
      dateModified: '2026-11-02T06:00:00.000Z',
      author: [
        { '@type': 'Person', name: 'Ilya Frolov', url: `${origin}/authors/ilya-frolov/` },
        { '@type': 'Person', name: 'Vera Ivanova', url: `${origin}/authors/vera-ivanova/` },
      ],
      publisher: { '@type': 'NewsMediaOrganization', name: site.name, url: `${origin}/`, logo: { '@type': 'ImageObject', url: `${origin}/logo.png` } },
      image: [{ '@type': 'ImageObject', caption: 'A test picture.', creditText: 'Fixture / Test' }],
      articleSection: 'Culture',
      keywords: ['Theatre', 'Trams'],
      dateline: 'MOSCOW',
      isBasedOn: 'https://example.org/original',
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${origin}/2026/11/02/lead-with-photo/` },
    });
    expect(article!.image[0].url).toBe(meta(lead(), 'og:image')[0]);
    expect(statSync(fileOf(article!.publisher.logo.url)).isFile()).toBe(true);
  });

  it('credits unsigned agency copy to the agency and pictures a story without a hero by the card it shares', () => {
    const html = read('2026/10/20/agency-wire-story/index.html');
    const [article] = jsonLd(html);
    expect(article!.author).toEqual([{ '@type': 'Organization', name: 'AFP' }]);
    expect(article!.image[0].url).toBe(meta(html, 'og:image')[0]);
    expect(meta(html, 'og:image')[0]).toMatch(/\/card\.png$/);
  });

  it('shares a drawn card with its headline while a story without a photo is recent', async () => {
    const file = articleFile('fresh-story', hoursAgo(2));
    const html = read(file);
    const card = `${origin}/${file.replace('index.html', 'card.png')}`;
    expect(meta(html, 'og:image')).toEqual([card]);
    expect(meta(html, 'twitter:image')).toEqual([card]);
    expect(meta(html, 'og:image:alt')).toEqual(['News: Story fresh-story']);
    const built = await sharp(fileOf(card)).metadata();
    expect([built.format, built.width, built.height]).toEqual(['png', 1200, 630]);
  });

  it('shares its section’s card once a story without a photo is older than cardDays, and draws none of its own', () => {
    const file = articleFile('before-the-window', beforeTheWindow);
    const html = read(file);
    expect(meta(html, 'og:image')).toEqual([`${origin}/news/card.png`]);
    expect(meta(html, 'twitter:image')).toEqual([`${origin}/news/card.png`]);
    expect(meta(html, 'og:image:alt')).toEqual([`News: ${site.name}`]);
    expect(files).not.toContain(file.replace('index.html', 'card.png'));
  });

  it('steps a noisy photo’s JPEG quality down until its 1200×630 crop is under 300 KB', async () => {
    const [image] = meta(read(articleFile('noisy-photo', hoursAgo(72))), 'og:image');
    const bytes = statSync(fileOf(image!)).size;
    expect(bytes).toBeLessThanOrEqual(300_000);
    const atUsualQuality = await sharp(noisyPhoto).jpeg({ quality: 80 }).toBuffer();
    expect(atUsualQuality.byteLength).toBeGreaterThan(300_000);
  });

  it('escapes a headline with &, < and quotes in its tags and structured data', () => {
    const html = read('2026/10/25/rates-and-quotes/index.html');
    const title = 'Rates & “Prices” <Up> at O’Neil’s Theatre Bar';
    expect(meta(html, 'og:title')).toEqual([title]);
    expect(jsonLd(html)[0]!.headline).toBe(title);
  });

  it('uses an article’s own socialImage as its share image and draws none for it', async () => {
    const file = articleFile('with-own-card', hoursAgo(60));
    const [card] = meta(read(file), 'twitter:image');
    expect(card).toMatch(new RegExp(`^${origin}/_astro/own-card\\.`));
    expect(meta(read(file), 'og:image')).toEqual([card]);
    expect(statSync(fileOf(card!)).isFile()).toBe(true);
    expect(files).not.toContain(file.replace('index.html', 'card.png'));
  });
});

describe('fronts', () => {
  it('describe the front page as the newsroom and its website', () => {
    const types = jsonLd(page('/')).map((data) => data['@type']);
    expect(types).toEqual(['NewsMediaOrganization', 'WebSite']);
    const [organization, website] = jsonLd(page('/'));
    expect(organization).toMatchObject({ name: site.name, url: `${origin}/`, logo: { url: `${origin}/logo.png`, width: 600, height: 600 } });
    expect(website).toMatchObject({ url: `${origin}/`, name: site.name, publisher: { '@id': organization!['@id'] } });
  });

  it('describe section, tag and author pages as CollectionPages with breadcrumbs', () => {
    const expectations: Array<[string, string[]]> = [
      ['/news/', ['News']],
      ['/news/page/2/', ['News', 'Page 2']],
      ['/tags/theatre/', ['Theatre']],
      ['/authors/vera-ivanova/', ['Vera Ivanova']],
    ];
    for (const [path, names] of expectations) {
      const [collection, ...others] = jsonLd(page(path));
      expect(others, path).toEqual([]);
      expect(collection, path).toMatchObject({ '@type': 'CollectionPage', url: `${origin}${path}` });
      const crumbs = collection!.breadcrumb.itemListElement;
      expect(crumbs.map((crumb: { name: string }) => crumb.name), path).toEqual([site.name, ...names]);
      expect(crumbs.map((crumb: { position: number }) => crumb.position), path).toEqual(crumbs.map((_: unknown, index: number) => index + 1));
      expect(crumbs.at(-1).item, path).toBe(`${origin}${path}`);
      expect(meta(page(path), 'og:type'), path).toEqual(['website']);
    }
  });

  it('give every page parseable JSON-LD and Open Graph basics', () => {
    // Not the redirect pages at a story's aliases: they hold only the redirect (tests/build/aliases.test.ts).
    const redirects = JSON.parse(read('redirects.json')) as Record<string, string>;
    for (const file of files.filter((name) => name.endsWith('.html') && !(name in redirects))) {
      const html = read(file);
      expect(() => jsonLd(html), file).not.toThrow();
      for (const key of ['og:title', 'og:description', 'og:url', 'og:site_name', 'og:type', 'twitter:card']) expect(meta(html, key), `${file} ${key}`).toHaveLength(1);
    }
  });
});

describe('sitemaps', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['url', 'sitemap'].includes(name) });
  const w3cDateTime = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
  // Pages whose canonical link is themselves: a syndicated story's canonical is its original, elsewhere.
  const pageUrls = () =>
    files
      .filter((file) => file.endsWith('index.html'))
      .map((file) => `${origin}/${file.slice(0, -'index.html'.length)}`)
      .filter((url) => read(fileOf(url).slice(build.outDir.length + 1) + 'index.html').includes(`<link rel="canonical" href="${url}">`))
      .toSorted();

  it('index one sitemap that lists exactly the canonical built pages, without the 404 page or a syndicated story', () => {
    const index = read('sitemap-index.xml');
    expect(XMLValidator.validate(index)).toBe(true);
    const sitemaps = parser.parse(index).sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc);
    expect(sitemaps).toEqual([`${origin}/sitemap-0.xml`]);
    const text = read('sitemap-0.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const { urlset } = parser.parse(text);
    expect(urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const urls: Array<{ loc: string; lastmod?: string }> = urlset.url;
    expect(urls.length).toBeLessThanOrEqual(50_000);
    expect(urls.map((url) => url.loc).toSorted()).toEqual(pageUrls());
    expect(urls.some((url) => url.loc.endsWith('/lead-with-photo/'))).toBe(false);
    expect(urls.length).toBeGreaterThan(20);
    for (const url of urls) {
      expect(url.loc.length).toBeLessThan(2048);
      // lastmod is optional (a search page has no date); stories and fronts carry one (next test).
      if (url.lastmod !== undefined) expect(url.lastmod, url.loc).toMatch(w3cDateTime);
    }
  });

  it('date each story by its Updated time (updatedAt or newest correction), else publishedAt', () => {
    const lastmod = new Map<string, string>(
      parser.parse(read('sitemap-0.xml')).urlset.url.map((url: { loc: string; lastmod: string }) => [url.loc, url.lastmod]),
    );
    const { articles } = runContentCheck(contentDir, now);
    const published = articles.filter(({ data }) => !data.draft && data.publishedAt <= now && !data.sourceUrl);
    const changed = ({ data }: (typeof published)[number]) => lastUpdate(data.updatedAt, data.corrections) ?? data.publishedAt;
    expect(published.length).toBeGreaterThan(10);
    for (const article of published) {
      const url = `${origin}${articlePath(article.id, article.data.publishedAt, site.timeZone)}`;
      expect(lastmod.get(url), url).toBe(changed(article).toISOString());
    }
    expect(lastmod.get(`${origin}${articlePath('two-days-old', hoursAgo(49), site.timeZone)}`)).toBe(new Date(corrected).toISOString());
    const newest = Math.max(...published.map((article) => changed(article).getTime()));
    expect(lastmod.get(`${origin}/`)).toBe(new Date(newest).toISOString());
    for (const front of ['/news/', '/news/page/2/', '/culture/', '/tags/theatre/', '/authors/vera-ivanova/', '/authors/vera-ivanova/page/2/'])
      expect(lastmod.get(`${origin}${front}`), front).toMatch(w3cDateTime);
  });

  it('list only the last 48 hours in the News sitemap, in Google’s format', () => {
    const text = read('news-sitemap.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const { urlset } = parser.parse(text);
    expect(urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(urlset.url).toEqual([
      {
        loc: `${origin}${articlePath('fresh-story', hoursAgo(2), site.timeZone)}`,
        'news:news': {
          'news:publication': { 'news:name': site.name, 'news:language': 'en' },
          'news:publication_date': expect.stringMatching(w3cDateTime),
          'news:title': 'Story fresh-story',
        },
      },
    ]);
  });

  it('are both named in robots.txt', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${origin}/sitemap-index.xml\n`);
    expect(read('robots.txt')).toContain(`Sitemap: ${origin}/news-sitemap.xml\n`);
  });
});

describe('share images', () => {
  it('are, for every page, one og:image and the same twitter:image: a built file under 300 KB of the 1200:630 shape at most 1200×630, of the size the tags say', async () => {
    // Not the redirect pages at a story's aliases: they hold only the redirect (tests/build/aliases.test.ts).
    const redirects = JSON.parse(read('redirects.json')) as Record<string, string>;
    const pages = files.filter((name) => name.endsWith('.html') && !(name in redirects));
    const images = new Map<string, string[]>();
    for (const file of pages) {
      const html = read(file);
      const [image, ...others] = meta(html, 'og:image');
      expect(others, file).toEqual([]);
      expect(image, file).toMatch(new RegExp(`^${origin}/`));
      expect(meta(html, 'twitter:image'), file).toEqual([image]);
      expect(meta(html, 'twitter:card'), file).toEqual(['summary_large_image']);
      const size = [Number(meta(html, 'og:image:width')[0]), Number(meta(html, 'og:image:height')[0])];
      images.set(image!, [...(images.get(image!) ?? []), `${size}`]);
    }
    for (const [url, sizes] of images) {
      expect(statSync(fileOf(url)).size, url).toBeLessThan(300_000);
      const { width = 0, height = 0 } = await sharp(fileOf(url)).metadata();
      expect(new Set(sizes), url).toEqual(new Set([`${width},${height}`]));
      expect(width, url).toBeLessThanOrEqual(1200);
      expect(Math.abs(width / height - 1200 / 630), url).toBeLessThan(0.01);
    }
    // The fronts share the site's card or their section's.
    expect(meta(page('/'), 'og:image')).toEqual([`${origin}/card.png`]);
    expect(meta(page('/news/'), 'og:image')).toEqual([`${origin}/news/card.png`]);
    expect(meta(page('/tags/theatre/'), 'og:image')).toEqual([`${origin}/card.png`]);
  });

  it('are drawn only for the recent stories without a photo or their own, one per section, and one for the site', () => {
    const storyCards = files.filter((file) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/card\.png$/.test(file)).toSorted();
    const windowStart = now.getTime() - site.cardDays * 86_400_000;
    const recentWithoutPicture = runContentCheck(contentDir, now)
      .articles.filter(({ data }) => !data.draft && data.publishedAt <= now && data.publishedAt.getTime() > windowStart && !data.image && !data.socialImage)
      .map(({ id, data }) => articleFile(id, data.publishedAt).replace('index.html', 'card.png'));
    expect(recentWithoutPicture).toContain(articleFile('fresh-story', hoursAgo(2)).replace('index.html', 'card.png'));
    expect(storyCards).toEqual(recentWithoutPicture.toSorted());
    expect(files.filter((file) => /^[^/]+\/card\.png$/.test(file)).toSorted()).toEqual(['culture/card.png', 'news/card.png']);
    expect(files).toContain('card.png');
  });

  it('are drawn once and reused by the next build while their stories are unchanged', () => {
    const cards = readdirSync(cardCache).toSorted();
    const drawn = files.filter((file) => file === 'card.png' || file.endsWith('/card.png'));
    expect(cards).toHaveLength(drawn.length);
    const written = cards.map((card) => statSync(join(cardCache, card)).mtimeMs);
    const before = read(drawn[0]!);
    const again = siteBuild('found-metadata', contentDir, { SITE_URL: origin });
    expect(again.status, again.output).toBe(0);
    expect(readdirSync(cardCache).toSorted()).toEqual(cards);
    expect(cards.map((card) => statSync(join(cardCache, card)).mtimeMs)).toEqual(written);
    expect(read(drawn[0]!)).toBe(before);
  });
});

/**
 * Editions, checked on the sample site as `npm run build` wrote it into dist/
 * (English at /, Russian at /ru/) and on a build of the basic fixture with a
 * Russian edition and stories fresh enough for the News sitemaps: hreflang
 * both ways, the visible links between translations, each edition's feeds,
 * sitemap entries and News sitemap in its language, and no English word left
 * on a Russian page but names.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { runContentCheck } from '../../src/integrations/check-content-before-build.ts';
import { inEdition } from '../../src/lib/editions.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { site } from '../../src/site.config.ts';
import { siteBuild, filesBelow, type BuildResult } from './site-build.ts';

const dist = resolve('dist');
const origin = site.url;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const buildTime = new Date();
const { articles } = runContentCheck();
const published = articles.filter(({ data }) => !data.draft && data.publishedAt <= buildTime);
const pathOf = ({ id, data, edition }: (typeof articles)[number]) => inEdition(articlePath(id, data.publishedAt, site.timeZone), { path: edition ? `/${edition}/` : '/' });
const pageOf = (path: string) => read(`${path.slice(1)}index.html`);
const alternatesOf = (html: string) =>
  [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map(([, hreflang, href]) => ({ hreflang, href })).sort((a, b) => a.hreflang.localeCompare(b.hreflang));
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'xhtml:link', 'item'].includes(name) });

describe('translations in the sample site', () => {
  const translations = published.filter(({ data }) => data.translationOf);

  it('has Russian translations of English stories', () => {
    expect(translations.length).toBeGreaterThanOrEqual(3);
    expect(published.filter(({ edition }) => edition === 'ru').length).toBeGreaterThanOrEqual(6);
    expect(new Set(published.filter(({ edition }) => edition === 'ru').map(({ data }) => data.section)).size).toBeGreaterThanOrEqual(3);
  });

  it('name each other both ways with hreflang, plus x-default for the original', () => {
    for (const translation of translations) {
      const original = articles.find(({ id }) => id === translation.data.translationOf)!;
      const expected = [
        { hreflang: 'en', href: `${origin}${pathOf(original)}` },
        { hreflang: 'ru', href: `${origin}${pathOf(translation)}` },
        { hreflang: 'x-default', href: `${origin}${pathOf(original)}` },
      ];
      expect(alternatesOf(pageOf(pathOf(translation))), translation.id).toEqual(expected);
      expect(alternatesOf(pageOf(pathOf(original))), original.id).toEqual(expected);
    }
  });

  it('link each other visibly, each link in its own language', () => {
    for (const translation of translations) {
      const original = articles.find(({ id }) => id === translation.data.translationOf)!;
      expect(pageOf(pathOf(translation))).toContain(`<a href="${pathOf(original)}" hreflang="en" lang="en">Read in English</a>`);
      expect(pageOf(pathOf(original))).toContain(`<a href="${pathOf(translation)}" hreflang="ru" lang="ru">Читать на русском</a>`);
    }
  });

  it('leave stories without a translation without alternates', () => {
    const single = published.find(({ id, data }) => !data.translationOf && !translations.some((translation) => translation.data.translationOf === id))!;
    expect(alternatesOf(pageOf(pathOf(single)))).toEqual([]);
  });

  it('carry the same pairs in the sitemap as xhtml:link', () => {
    const urls = xml.parse(read('sitemap-0.xml')).urlset.url as { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }[];
    const pairs = new Map(urls.map((url) => [url.loc, (url['xhtml:link'] ?? []).map((link) => ({ hreflang: link['@_hreflang'], href: link['@_href'] })).sort((a, b) => a.hreflang.localeCompare(b.hreflang))]));
    for (const translation of translations) {
      const original = articles.find(({ id }) => id === translation.data.translationOf)!;
      for (const story of [translation, original]) expect(pairs.get(`${origin}${pathOf(story)}`), story.id).toEqual(alternatesOf(pageOf(pathOf(story))));
    }
    // Every page of the Russian edition is listed, its 404 page not.
    for (const path of ['/ru/', '/ru/news/', '/ru/archive/', '/ru/search/', '/ru/tags/kosmos/', '/ru/authors/pavel-orlov/'])
      expect(pairs.has(`${origin}${path}`), path).toBe(true);
    expect([...pairs.keys()].some((url) => url.includes('/404'))).toBe(false);
  });
});

describe('each edition’s feeds', () => {
  it('carry the edition’s stories in its language', async () => {
    for (const [edition, folder] of [['en', ''], ['ru', 'ru']] as const) {
      const path = inEdition('/rss.xml', { path: folder ? `/${folder}/` : '/' });
      const text = read(path.slice(1));
      expect(text, path).toContain(`<language>${edition}</language>`);
      const feed = await new Parser().parseString(text);
      const expected = published.filter((article) => article.edition === folder).map((article) => `${origin}${pathOf(article)}`);
      expect(feed.items.length, path).toBe(Math.min(expected.length, site.feedSize));
      for (const item of feed.items) expect(expected, path).toContain(item.link);
      const json = JSON.parse(read(inEdition('/feed.json', { path: folder ? `/${folder}/` : '/' }).slice(1))) as { language: string; home_page_url: string; items: { url: string; language: string }[] };
      expect(json.language).toBe(edition);
      expect(json.home_page_url).toBe(`${origin}${folder ? `/${folder}/` : '/'}`);
      for (const item of json.items) expect(expected).toContain(item.url);
    }
  });

  it('of sections, tags and authors sit below the edition', async () => {
    const feed = await new Parser().parseString(read('ru/tags/kosmos/rss.xml'));
    expect(feed.title).toBe(`${site.name}: Космос`);
    expect(feed.description).toBe('Материалы с тегом «Космос», сначала новые.');
    expect(read('ru/news/rss.xml')).toContain('<language>ru</language>');
  });
});

describe('a Russian page', () => {
  /** Latin words a Russian page may print: the masthead, and names of services and languages (Roman numerals are not words). */
  const names = new Set(['The', 'Broadsheet', 'Times', 'Telegram', 'Facebook', 'RSS', 'JSON', 'Feed', 'JavaScript']);
  /** What a reader sees or hears of a page: its text and its alt, aria-label, title and description, leaving out other languages' parts (`lang`), scripts and URLs. */
  function readerText(node: Nodes, out: string[] = []): string[] {
    if (node.type === 'text') out.push(node.value);
    if (node.type !== 'element' && node.type !== 'root') return out;
    if (node.type === 'element') {
      const element = node as Element;
      const lang = element.properties.lang;
      if (typeof lang === 'string' && !lang.startsWith('ru')) return out;
      if (['script', 'style', 'link'].includes(element.tagName)) return out;
      for (const name of ['alt', 'ariaLabel', 'title', 'placeholder']) if (typeof element.properties[name] === 'string') out.push(element.properties[name] as string);
      if (element.tagName === 'meta' && ['description', 'og:title', 'og:description', 'twitter:title', 'twitter:description'].includes(String(element.properties.name ?? element.properties.property)))
        out.push(String(element.properties.content));
    }
    for (const child of node.children) readerText(child, out);
    return out;
  }

  it('prints no English word but names, on every page of the edition', () => {
    const pages = filesBelow(join(dist, 'ru')).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(30);
    const found = new Map<string, string>();
    for (const page of pages) {
      const text = readerText(fromHtml(read(`ru/${page}`))).join(' ').replace(/https?:\/\/\S+/g, ' ');
      for (const [word] of text.matchAll(/[A-Za-z]{2,}/g)) if (!names.has(word) && !/^[IVXLCDM]+$/.test(word) && !found.has(word)) found.set(word, page);
    }
    expect(Object.fromEntries(found)).toEqual({});
  });

  it('is marked as Russian, and so is its 404 page', () => {
    expect(read('ru/index.html')).toMatch(/^<!DOCTYPE html><html lang="ru">/i);
    expect(read('ru/404/index.html')).toContain('<meta name="robots" content="noindex">');
    expect(read('ru/404/index.html')).toContain('<h1>Страница не найдена</h1>');
  });
});

describe('a build with a fresh story in each edition', () => {
  const contentDir = resolve('tests/.builds/editions/content');
  const now = new Date();
  const stamp = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
  let build: BuildResult;
  const built = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

  beforeAll(() => {
    rmSync(contentDir, { recursive: true, force: true });
    cpSync('tests/fixtures/basic', contentDir, { recursive: true });
    mkdirSync(join(contentDir, 'articles', 'fresh'), { recursive: true });
    mkdirSync(join(contentDir, 'ru', 'articles'), { recursive: true });
    writeFileSync(join(contentDir, 'ru', 'sections.yaml'), '- id: news\n  title: Новости\n  description: Главные события.\n');
    writeFileSync(
      join(contentDir, 'articles', 'fresh', 'station-reopens.md'),
      `---\ntitle: "The Station Reopens"\ndescription: "A dek."\npublishedAt: ${stamp(3)}\nsection: news\nauthors: [vera-ivanova]\n---\nThe station reopens today.\n`,
    );
    writeFileSync(
      join(contentDir, 'ru', 'articles', 'stanciya-snova-otkryta.md'),
      `---\ntitle: "Станция снова открыта"\ndescription: "Подводка."\npublishedAt: ${stamp(2)}\nsection: news\ntags: [Метро]\nauthors: [vera-ivanova]\ntranslationOf: station-reopens\n---\nСтанция снова открылась "после "долгого" ремонта".\n`,
    );
    build = siteBuild('editions', contentDir, { SITE_URL: origin });
  });

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('writes one News sitemap per edition, each in its language', () => {
    for (const [path, language, title] of [['news-sitemap.xml', 'en', 'The Station Reopens'], ['ru/news-sitemap.xml', 'ru', 'Станция снова открыта']] as const) {
      const text = built(path);
      expect(XMLValidator.validate(text), path).toBe(true);
      const urls = xml.parse(text).urlset.url as Record<string, any>[];
      expect(urls.map((url) => url['news:news']['news:title']), path).toEqual([title]);
      expect(urls[0]!['news:news']['news:publication']['news:language'], path).toBe(language);
    }
    expect(built('robots.txt')).toContain(`Sitemap: ${origin}/ru/news-sitemap.xml\n`);
  });

  it('gives the Russian edition its own front, section, tag, author, archive, search and 404 pages', () => {
    for (const page of ['ru/index.html', 'ru/news/index.html', 'ru/tags/metro/index.html', 'ru/authors/vera-ivanova/index.html', 'ru/archive/index.html', 'ru/search/index.html', 'ru/404/index.html', 'ru/card.png', 'ru/news/card.png'])
      expect(existsSync(join(build.outDir, page)), page).toBe(true);
  });

  it('quotes Russian copy with «ёлочки» outside and „лапки“ inside, in the Russian date format', () => {
    const page = built(`${inEdition(articlePath('stanciya-snova-otkryta', new Date(stamp(2)), site.timeZone), { path: '/ru/' }).slice(1)}index.html`);
    expect(page).toContain('Станция снова открылась «после „долгого“ ремонта».');
    expect(page).toMatch(/Опубликовано <time datetime="[^"]+">\d{1,2} [а-я]+ \d{4} г\., \d\d:\d\d<\/time>/);
    expect(page).toContain('1 минута чтения');
  });
});

import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/lib/newsroom.ts';
import {
  articleSeo,
  collectionPageSeo,
  frontCrumbs,
  frontPageSeo,
  jsonLdScript,
  ogLocale,
  plainPageSeo,
  sitePublisher,
  type MetaTag,
} from '../../src/lib/seo.ts';

const urls = { url: 'https://news.example', basePath: '/paper/', timeZone: 'Europe/Moscow' };
const publisher = sitePublisher({ name: 'The Daily', description: 'News.', language: 'en', ...urls });
const vera = { id: 'vera', name: 'Vera Ivanova', path: '/authors/vera/' };
const story = {
  id: 'rates',
  title: 'Rates Rise',
  description: 'Dek',
  publishedAt: new Date('2026-11-20T06:30:00Z'),
  updatedAt: new Date('2026-11-20T09:00:00Z'),
  corrections: [],
  section: { id: 'business', title: 'Business', description: '', path: '/business/' },
  tags: [
    { name: 'Central Bank', slug: 'central-bank', path: '/tags/central-bank/' },
    { name: 'Rates', slug: 'rates', path: '/tags/rates/' },
  ],
  authors: [vera],
  location: 'MOSCOW',
  sourceUrl: 'https://wire.example/original',
  path: '/2026/11/20/rates/',
  aliases: [],
  readingMinutes: 3,
  translations: [],
  status: 'published',
} satisfies Story<unknown>;
const hero = { url: 'https://news.example/paper/_astro/hero.jpg', width: 1200, height: 630, type: 'image/jpeg', alt: 'A bank', caption: 'The bank.', credit: 'Agency / Photographer' };
const card = { url: 'https://news.example/paper/2026/11/20/rates/card.png', width: 1200, height: 630, type: 'image/png', alt: 'Business: Rates Rise' };
const siteCard = { url: 'https://news.example/paper/card.png', width: 1200, height: 630, type: 'image/png', alt: 'The Daily' };

const values = (meta: MetaTag[], key: string) => meta.filter((tag) => tag.key === key).map((tag) => tag.content);

describe('article metadata', () => {
  const seo = articleSeo(story, { hero, share: hero }, publisher, urls);
  const [article] = seo.jsonLd as [Record<string, any>];

  it('gives Open Graph the article, its times, section, tags, authors and the hero rendition', () => {
    expect(values(seo.meta, 'og:type')).toEqual(['article']);
    expect(values(seo.meta, 'og:url')).toEqual(['https://news.example/paper/2026/11/20/rates/']);
    expect(values(seo.meta, 'og:image')).toEqual([hero.url]);
    expect(values(seo.meta, 'og:image:alt')).toEqual(['A bank']);
    expect(values(seo.meta, 'og:locale')).toEqual(['en_US']);
    expect(values(seo.meta, 'article:published_time')).toEqual(['2026-11-20T06:30:00.000Z']);
    expect(values(seo.meta, 'article:modified_time')).toEqual(['2026-11-20T09:00:00.000Z']);
    expect(values(seo.meta, 'article:tag')).toEqual(['Central Bank', 'Rates']);
    expect(values(seo.meta, 'article:author')).toEqual(['https://news.example/paper/authors/vera/']);
    expect(seo.meta.find((tag) => tag.key === 'og:title')?.attribute).toBe('property');
  });

  it("shares the editor's own socialImage on every platform, and keeps the photo for search", () => {
    const chosen = articleSeo(story, { hero, share: card }, publisher, urls);
    expect(values(chosen.meta, 'og:image')).toEqual([card.url]);
    expect(values(chosen.meta, 'twitter:image')).toEqual([card.url]);
    expect((chosen.jsonLd[0]!.image as { url: string }[])[0]!.url).toBe(hero.url);
  });

  it('gives Twitter a large card with the same picture as Open Graph: the hero rendition', () => {
    expect(values(seo.meta, 'twitter:card')).toEqual(['summary_large_image']);
    expect(values(seo.meta, 'twitter:image')).toEqual([hero.url]);
    expect(values(seo.meta, 'twitter:image:alt')).toEqual(['A bank']);
    expect(seo.meta.find((tag) => tag.key === 'twitter:card')?.attribute).toBe('name');
  });

  it('describes a NewsArticle with credited image, dateline and source', () => {
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Rates Rise',
      datePublished: '2026-11-20T06:30:00.000Z',
      dateModified: '2026-11-20T09:00:00.000Z',
      author: [{ '@type': 'Person', name: 'Vera Ivanova', url: 'https://news.example/paper/authors/vera/' }],
      publisher: { '@type': 'NewsMediaOrganization', name: 'The Daily', logo: { url: 'https://news.example/paper/logo.png' } },
      image: [{ '@type': 'ImageObject', url: hero.url, caption: 'The bank.', creditText: 'Agency / Photographer' }],
      articleSection: 'Business',
      keywords: ['Central Bank', 'Rates'],
      dateline: 'MOSCOW',
      isBasedOn: 'https://wire.example/original',
      mainEntityOfPage: { '@id': 'https://news.example/paper/2026/11/20/rates/' },
    });
  });

  it('credits unsigned agency copy to the agency as an Organization and pictures it by its card without a hero', () => {
    const wire = { ...story, authors: [], credit: 'AFP', updatedAt: undefined, location: undefined, sourceUrl: undefined };
    const seo = articleSeo(wire, { share: card }, publisher, urls);
    const [article] = seo.jsonLd as [Record<string, any>];
    expect(article.author).toEqual([{ '@type': 'Organization', name: 'AFP' }]);
    expect(article.dateModified).toBe(article.datePublished);
    expect(article.image[0].url).toBe(card.url);
    expect(article).not.toHaveProperty('dateline');
    expect(article).not.toHaveProperty('isBasedOn');
    expect(values(seo.meta, 'og:image')).toEqual([card.url]);
    expect(values(seo.meta, 'og:image:type')).toEqual(['image/png']);
    expect(values(seo.meta, 'twitter:image')).toEqual([card.url]);
    expect(values(seo.meta, 'article:author')).toEqual(['AFP']);
  });
});

describe('other pages', () => {
  it('describes the front page as the newsroom and its website', () => {
    const { jsonLd, meta } = frontPageSeo({ title: 'The Daily', description: 'News.', url: 'https://news.example/paper/' }, publisher, urls, siteCard);
    expect(jsonLd.map((data) => data['@type'])).toEqual(['NewsMediaOrganization', 'WebSite']);
    expect(jsonLd[1]).toMatchObject({ url: 'https://news.example/paper/', publisher: { '@id': jsonLd[0]!['@id'] } });
    expect(values(meta, 'og:type')).toEqual(['website']);
  });

  it('shares a page that is not an article with its card, as a large Twitter card', () => {
    const page = { title: 'Search', description: 'd', url: 'https://news.example/paper/search/' };
    for (const { meta } of [frontPageSeo(page, publisher, urls, siteCard), plainPageSeo(page, publisher, siteCard), collectionPageSeo(page, [], publisher, urls, siteCard)]) {
      expect(values(meta, 'og:image')).toEqual([siteCard.url]);
      expect(values(meta, 'og:image:width')).toEqual(['1200']);
      expect(values(meta, 'og:image:height')).toEqual(['630']);
      expect(values(meta, 'og:image:alt')).toEqual(['The Daily']);
      expect(values(meta, 'twitter:card')).toEqual(['summary_large_image']);
      expect(values(meta, 'twitter:image')).toEqual([siteCard.url]);
    }
  });

  it('gives a front a CollectionPage with a numbered breadcrumb trail from the front page', () => {
    const url = 'https://news.example/paper/tags/rates/page/2/';
    const crumbs = [...frontCrumbs(story.tags[1]!, urls), { name: 'Page 2', url }];
    const [page] = collectionPageSeo({ title: 'Rates, page 2', description: 'd', url }, crumbs, publisher, urls, siteCard).jsonLd as [Record<string, any>];
    expect(page['@type']).toBe('CollectionPage');
    expect(page.breadcrumb.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'The Daily', item: 'https://news.example/paper/' },
      { '@type': 'ListItem', position: 2, name: 'Rates', item: 'https://news.example/paper/tags/rates/' },
      { '@type': 'ListItem', position: 3, name: 'Page 2', item: url },
    ]);
  });
});

it('maps a language to an Open Graph locale', () => {
  expect(ogLocale('en')).toBe('en_US');
  expect(ogLocale('en-GB')).toBe('en_GB');
  expect(ogLocale('ru')).toBe('ru_RU');
});

it('keeps a headline from closing the JSON-LD script', () => {
  const script = jsonLdScript({ headline: '</script><script>alert(1)</script>' });
  expect(script).not.toContain('</script');
  expect(JSON.parse(script)).toEqual({ headline: '</script><script>alert(1)</script>' });
});

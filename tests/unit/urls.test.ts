import { describe, expect, it } from 'vitest';
import { sameTag, slugify } from '../../src/lib/slug.ts';
import { absolutizeHtml, absoluteUrl, articlePath, href, pagePath, tagPath } from '../../src/lib/urls.ts';

const root = { url: 'https://news.example', basePath: '/' };
const sub = { url: 'https://org.example', basePath: '/paper/' };

describe('article URLs', () => {
  it('use the publication date in the site time zone', () => {
    expect(articlePath('metro-opens', new Date('2026-11-01T22:15:00Z'), 'Europe/Moscow')).toBe('/2026/11/02/metro-opens/');
  });
});

describe('tag slugs', () => {
  it('fold case, spacing, punctuation and diacritics into one slug', () => {
    expect(slugify('Space')).toBe('space');
    expect(slugify('  Central   Bank ')).toBe('central-bank');
    expect(slugify('Café Society!')).toBe('cafe-society');
    expect(slugify('Москва')).toBe('moskva');
    expect(tagPath('Central Bank')).toBe('/tags/central-bank/');
  });

  it('keep tags that differ by a symbol apart: C, C# and C++', () => {
    expect(['C', 'C#', 'C++', 'F#'].map(slugify)).toEqual(['c', 'c-sharp', 'c-plus-plus', 'f-sharp']);
  });

  it('write Cyrillic in Latin letters by GOST 7.79-2000 System B, keeping different tags apart', () => {
    expect(slugify('Край')).toBe('kraj');
    expect(slugify('Краи')).toBe('krai');
    expect(slugify('Международная космическая станция')).toBe('mezhdunarodnaya-kosmicheskaya-stanciya');
    expect(slugify('Щёкино')).toBe('shhyokino');
    expect(slugify('Цирк на Цветном')).toBe('cirk-na-czvetnom');
    expect(slugify('Объём')).toBe('obyom');
    expect(tagPath('Москва')).toBe('/tags/moskva/');
  });

  it('keep the letters of other scripts whole, marks and all', () => {
    // Hindi words that differ only by a vowel sign stay different tags.
    expect(slugify('हिंदी')).toBe('हिंदी');
    expect(slugify('हिंदी')).not.toBe(slugify('हिंदू'));
    expect(slugify('İstanbul')).toBe('istanbul');
  });

  it('tell spellings of one tag from different tags with the same slug', () => {
    expect(sameTag('New York', 'new-york')).toBe(true);
    expect(sameTag('Spáce', 'space')).toBe(true);
    expect(sameTag('C#', 'C-Sharp')).toBe(false);
  });
});

describe('paths under a base', () => {
  it('prefixes the base path only when there is one', () => {
    expect(href('/news/', root)).toBe('/news/');
    expect(href('/news/', sub)).toBe('/paper/news/');
    expect(absoluteUrl('/news/', sub)).toBe('https://org.example/paper/news/');
  });

  it('puts later pages of a front under page/<n>/', () => {
    expect(pagePath('/news/', 1)).toBe('/news/');
    expect(pagePath('/news/', 3)).toBe('/news/page/3/');
  });
});

describe('absolutizeHtml', () => {
  it('makes root-relative href, src and srcset absolute and leaves the rest alone', () => {
    // Rendered HTML already carries the base path; only the origin is missing.
    const html =
      '<a href="/paper/2026/11/02/x/">x</a><a href="https://other.example/">o</a><a href="#note">n</a>' +
      '<img src="/paper/_astro/a.webp" srcset="/paper/_astro/a-400.webp 400w, /paper/_astro/a-800.webp 800w">';
    expect(absolutizeHtml(html, sub)).toBe(
      '<a href="https://org.example/paper/2026/11/02/x/">x</a><a href="https://other.example/">o</a><a href="#note">n</a>' +
        '<img src="https://org.example/paper/_astro/a.webp" srcset="https://org.example/paper/_astro/a-400.webp 400w, https://org.example/paper/_astro/a-800.webp 800w">',
    );
  });
});

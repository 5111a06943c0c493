/** Checks of the sample site as `npm run build` wrote it into dist/ (npm test builds it just before). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { runContentCheck } from '../../src/integrations/check-content-before-build.ts';
import { inEdition } from '../../src/lib/editions.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { smartPunctuation } from '../../src/lib/smart-punctuation.ts';
import { site } from '../../src/site.config.ts';
import { brokenInternalLinks, filesBelow } from './site-build.ts';

const dist = resolve('dist');
const { articles } = runContentCheck();
const buildTime = new Date();
const published = articles.filter(({ data }) => !data.draft && data.publishedAt <= buildTime);

describe('the built sample site', () => {
  it('exists (run `npm run build` first)', () => {
    expect(existsSync(resolve(dist, 'index.html'))).toBe(true);
  });

  it('has a page for every published story and none for drafts', () => {
    const pages = new Set(filesBelow(dist));
    for (const { id, data, edition } of articles) {
      // A story of another edition lives below its path (content/ru/ → /ru/).
      const page = `${inEdition(articlePath(id, data.publishedAt, site.timeZone), { path: edition ? `/${edition}/` : '/' }).slice(1)}index.html`;
      expect(pages.has(page), page).toBe(!data.draft && data.publishedAt <= buildTime);
    }
    expect(published.length).toBeGreaterThanOrEqual(15);
  });

  it('leaves no internal link unresolved', () => {
    expect(brokenInternalLinks(dist, site.url)).toEqual([]);
  });

  it('shares every page with an image messengers preview: its og:image, also its twitter:image, is a built 1200×630 file under 300 KB', async () => {
    // Not the redirect pages at a story's aliases: they hold only the redirect (tests/build/aliases.test.ts).
    const redirects = JSON.parse(readFileSync(resolve(dist, 'redirects.json'), 'utf8')) as Record<string, string>;
    const pages = filesBelow(dist).filter((file) => file.endsWith('.html') && !(file in redirects));
    const shared = new Map<string, string>();
    for (const page of pages) {
      const html = readFileSync(resolve(dist, page), 'utf8');
      const images = [...html.matchAll(/<meta property="og:image" content="([^"]+)">/g)].map((match) => match[1]!);
      expect(images, page).toHaveLength(1);
      expect(html, page).toContain(`<meta name="twitter:image" content="${images[0]}">`);
      expect(images[0]!.startsWith(`${site.url}/`), page).toBe(true);
      shared.set(images[0]!, page);
    }
    // Story photos, socialImage renditions, drawn story and section cards and the site's card.
    expect([...shared.keys()].some((url) => url.endsWith('.jpg'))).toBe(true);
    expect([...shared.keys()].some((url) => url.endsWith('/card.png'))).toBe(true);
    for (const [url, page] of shared) {
      const file = resolve(dist, decodeURI(url.slice(site.url.length + 1)));
      expect(statSync(file).size, `${url} (${page})`).toBeLessThan(300_000);
      const { width, height } = await sharp(file).metadata();
      expect([width, height], `${url} (${page})`).toEqual([1200, 630]);
    }
  });

  it('lists the newest stories of the default edition in its RSS feed', async () => {
    const feed = await new Parser().parseString(readFileSync(resolve(dist, 'rss.xml'), 'utf8'));
    const newest = published
      .filter(({ edition }) => edition === '')
      .toSorted((a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime())
      .slice(0, site.feedSize)
      .map(({ data }) => smartPunctuation(data.title));
    expect(feed.items.map((item) => item.title)).toEqual(newest);
  });
});

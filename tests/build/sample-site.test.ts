/** Checks of the sample site as `npm run build` wrote it into dist/ (npm test builds it just before). */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { runContentCheck } from '../../src/integrations/check-content-before-build.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { smartPunctuation } from '../../src/lib/smart-punctuation.ts';
import { site } from '../../src/site.config.ts';
import { brokenInternalLinks, filesBelow } from './astro-build.ts';

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
    for (const { id, data } of articles) {
      const page = `${articlePath(id, data.publishedAt, site.timeZone).slice(1)}index.html`;
      expect(pages.has(page), page).toBe(!data.draft && data.publishedAt <= buildTime);
    }
    expect(published.length).toBeGreaterThanOrEqual(15);
  });

  it('leaves no internal link unresolved', () => {
    expect(brokenInternalLinks(dist, site.url)).toEqual([]);
  });

  it('lists the newest stories in the RSS feed', async () => {
    const feed = await new Parser().parseString(readFileSync(resolve(dist, 'rss.xml'), 'utf8'));
    const newest = published
      .toSorted((a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime())
      .slice(0, site.feedSize)
      .map(({ data }) => smartPunctuation(data.title));
    expect(feed.items.map((item) => item.title)).toEqual(newest);
  });
});

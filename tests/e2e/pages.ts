/** The example page of every page type in the sample content, and helpers the design and accessibility tests share. */
import type { Page } from '@playwright/test';
import { examplePages } from '../../scripts/example-pages.ts';
import { site } from '../../src/site.config.ts';
import { russianStories, sampleStories } from './sample-site.ts';

export const pageTypes = examplePages(sampleStories, site.timeZone);

/** The same page types in the Russian edition, at /ru/. */
export const russianPageTypes = examplePages(russianStories, site.timeZone, { path: '/ru/' });

/** A word the search will find: the longest word of the example article's headline. */
export const searchWord = (() => {
  const article = pageTypes.find((page) => page.type === 'article')!;
  const story = sampleStories.find((entry) => entry.path === article.path)!;
  return story.data.title.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0]!.toLowerCase();
})();

/** Opens an example page; the search page with a query and its results showing. */
export async function openPageType(page: Page, { type, path }: { type: string; path: string }): Promise<void> {
  await page.goto(type === 'search' ? `${path}?q=${encodeURIComponent(searchWord)}` : path);
  if (type === 'search') await page.locator('[data-search-results] li').first().waitFor();
}

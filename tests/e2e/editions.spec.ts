/**
 * The Russian edition in the browser: its own search, with Russian stemming;
 * every page type without a sideways scroll at 320 px, long Russian words
 * included; and no axe violation on any of its page types.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { russianPageTypes } from './pages.ts';
import { russianStories, sampleStories } from './sample-site.ts';

/** A story whose text has «станции» (a form of «станция») while no Russian story writes «станция» itself. */
const stationStory = russianStories.find((story) => /(?<!\p{L})станции(?!\p{L})/iu.test(story.body))!;

test.describe('search in the Russian edition', () => {
  test('finds a word in another form: «станция» finds a story that says «станции»', async ({ page }) => {
    expect(stationStory).toBeDefined();
    expect(russianStories.some((story) => /(?<!\p{L})станция(?!\p{L})/iu.test(`${story.data.title} ${story.data.description} ${story.body}`))).toBe(false);
    await page.goto('/ru/search/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await page.getByLabel('Что найти').fill('станция');
    const results = page.locator('[data-search-results] > li');
    await expect(results.first()).toBeVisible();
    await expect(results.getByRole('link', { name: stationStory.data.title })).toHaveCount(1);
    await expect(page.locator('[data-search-status]')).toHaveText(/^По запросу «станция» найден/);
    await expect(results.first().locator('time')).toHaveText(/^\d{1,2} [а-я]+ \d{4} г\., \d\d:\d\d$/);
  });

  test('searches the Russian stories only, and the English search the English ones', async ({ page }) => {
    const english = sampleStories.find((story) => story.data.title.includes('Spacewalk'))!;
    await page.goto(`/ru/search/?q=${encodeURIComponent('Spacewalk')}`);
    await expect(page.locator('[data-search-status]')).toHaveText('По запросу «Spacewalk» ничего не найдено.');
    await page.goto(`/search/?q=${encodeURIComponent('spacewalk')}`);
    await expect(page.locator('[data-search-results]').getByRole('link', { name: english.data.title })).toHaveCount(1);
    await page.goto(`/search/?q=${encodeURIComponent('станция')}`);
    await expect(page.locator('[data-search-status]')).toHaveText(/^No stories found/);
  });
});

/** Opens a Russian example page; the search page with results showing. */
async function open(page: import('@playwright/test').Page, { type, path }: { type: string; path: string }) {
  await page.goto(type === 'search' ? `${path}?q=${encodeURIComponent('станция')}` : path);
  if (type === 'search') await page.locator('[data-search-results] li').first().waitFor();
}

test('no Russian page scrolls sideways at 320 px, long words and all', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const longWords = russianStories.filter((story) => /[а-яё]{16,}/i.test(`${story.data.title} ${story.body}`)).map((story) => ({ type: 'long words', path: story.path }));
  expect(longWords.length).toBeGreaterThan(0);
  for (const pageType of [...russianPageTypes, ...longWords]) {
    await open(page, pageType);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, pageType.path).toBeLessThanOrEqual(0);
    // The page asks for hyphenation in its own language.
    expect(await page.locator('body').evaluate((body) => getComputedStyle(body).hyphens), pageType.path).toBe('auto');
  }
});

test('English pages keep their words whole', async ({ page }) => {
  await page.goto('/');
  expect(await page.locator('body').evaluate((body) => getComputedStyle(body).hyphens)).toBe('manual');
});

for (const width of [375, 1280])
  test.describe(`Russian pages at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const pageType of russianPageTypes)
      test(`${pageType.type} page (${pageType.path}) has no axe violations`, async ({ page }) => {
        await open(page, pageType);
        await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
        const { violations } = await new AxeBuilder({ page }).analyze();
        const report = violations.map((violation) => `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`);
        expect(report).toEqual([]);
      });
  });

import { expect, test, type Page } from '@playwright/test';
import { themeStorageKey } from '../../src/lib/page-script.ts';
import { pageTypes } from './pages.ts';

const article = pageTypes.find((page) => page.type === 'article')!;

/** Relative luminance of the page's background, 0 (black) to 1 (white). */
const backgroundLuminance = (page: Page) =>
  page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number).map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  });

test('the page follows the system theme until the reader chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(article.path);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(await backgroundLuminance(page)).toBeLessThan(0.1);
  await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', 'true');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await backgroundLuminance(page)).toBeGreaterThan(0.9);
  await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', 'false');
});

test('the toggle switches the theme and the choice is remembered across pages and reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.locator('[data-theme-toggle]').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await backgroundLuminance(page)).toBeLessThan(0.1);
  await page.goto(article.path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await backgroundLuminance(page)).toBeLessThan(0.1);
  await page.reload();
  await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', 'true');
  await page.locator('[data-theme-toggle]').click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await backgroundLuminance(page)).toBeGreaterThan(0.9);
});

test('a saved theme is applied before the body exists, so the wrong theme never flashes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript((key) => {
    localStorage.setItem(key, 'dark');
    // Record the theme at the moment the parser creates <body>, before anything in it can paint.
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }, themeStorageKey);
  await page.goto(article.path);
  expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | undefined }).themeAtBody)).toBe('dark');
});

test('without JavaScript the page follows the system and hides the controls that need a script', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(article.path);
  expect(await backgroundLuminance(page)).toBeLessThan(0.1);
  await expect(page.locator('[data-theme-toggle]')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Share this story' }).getByRole('link')).toHaveCount(4);
  await context.close();
});

test('the article prints as black text on white with its credits and URL, without menus or sharing', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await page.goto(article.path);
  expect(await backgroundLuminance(page)).toBeGreaterThan(0.9);
  await expect(page.locator('article h1')).toBeVisible();
  await expect(page.locator('.byline, .article__meta').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Share this story' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Related articles' })).toBeHidden();
  await expect(page.locator('.print-only')).toBeVisible();
  await expect(page.locator('.print-only')).toContainText(article.path);
});

test('Copy link puts the story URL on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(article.path);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${article.path}$`));
});

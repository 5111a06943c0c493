import { expect, test, type Page } from '@playwright/test';
import { pageTypes, searchWord } from './pages.ts';

const article = pageTypes.find((page) => page.type === 'article')!;

/** Where the focused element sits: the skip link, the masthead, the story, the related links or the footer. */
const focusedRegion = (page: Page) =>
  page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return 'none';
    if (focused.classList.contains('skip-link')) return 'skip link';
    if (focused.closest('header.masthead')) return 'masthead';
    if (focused.closest('article')) return 'story';
    if (focused.closest('.related')) return 'related';
    if (focused.closest('footer.site-footer')) return 'footer';
    return 'other';
  });

/** Presses Tab until `matches` holds for the focused element, at most `limit` times. */
async function tabTo(page: Page, matches: (page: Page) => Promise<boolean>, limit = 80) {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    if (await matches(page)) return;
  }
  throw new Error('Tab never reached the element');
}

test('the first Tab shows the skip link, which moves focus to the content', async ({ page }) => {
  await page.goto(article.path);
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await focusedRegion(page)).toBe('story');
});

test('Tab goes through the masthead, the story, its related links and the footer, in that order', async ({ page }) => {
  await page.goto(article.path);
  const regions: string[] = [];
  for (let step = 0; step < 150; step += 1) {
    await page.keyboard.press('Tab');
    const region = await focusedRegion(page);
    if (region === 'none') break;
    if (regions.at(-1) !== region) regions.push(region);
    if (region === 'footer') break;
  }
  expect(regions).toEqual(['skip link', 'masthead', 'story', 'related', 'footer']);
});

test('every focused link and button shows a visible focus ring', async ({ page }) => {
  await page.goto(article.path);
  for (let step = 0; step < 25; step += 1) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), tag: document.activeElement!.outerHTML.slice(0, 80) };
    });
    expect(ring.style, ring.tag).not.toBe('none');
    expect(ring.width, ring.tag).toBeGreaterThanOrEqual(2);
  }
});

test('the theme toggle works from the keyboard alone', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.locator('[data-theme-toggle]');
  await tabTo(page, () => toggle.evaluate((element) => element === document.activeElement));
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test('search works from the keyboard alone: type, Tab to a result, Enter opens it', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, async () => (await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Search');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/$/);
  await tabTo(page, () => page.getByLabel('Words to find').evaluate((element) => element === document.activeElement));
  await page.keyboard.type(searchWord);
  await page.keyboard.press('Enter');
  const firstResult = page.locator('[data-search-results] a').first();
  await expect(firstResult).toBeVisible();
  const headline = (await firstResult.textContent())!.trim();
  await tabTo(page, () => firstResult.evaluate((element) => element === document.activeElement));
  await page.keyboard.press('Enter');
  await expect(page.locator('article h1')).toHaveText(headline);
});

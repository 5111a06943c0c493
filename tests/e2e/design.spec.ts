import { expect, test } from '@playwright/test';
import { openPageType, pageTypes } from './pages.ts';

const article = pageTypes.find((page) => page.type === 'article')!;

for (const width of [320, 1600])
  test(`no page scrolls sideways at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const pageType of pageTypes) {
      await openPageType(page, pageType);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, pageType.path).toBeLessThanOrEqual(0);
    }
  });

for (const width of [375, 1280])
  test(`article text keeps a readable measure of 60 to 75 characters a line at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(article.path);
    // Characters per line of the body's longest paragraph: its length over its number of lines.
    const perLine = await page.locator('.prose > p').evaluateAll((paragraphs) => {
      const longest = paragraphs.reduce((a, b) => ((b.textContent ?? '').length > (a.textContent ?? '').length ? b : a));
      const range = document.createRange();
      range.selectNodeContents(longest);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      return (longest.textContent ?? '').length / lines;
    });
    if (width >= 1280) {
      expect(perLine).toBeGreaterThanOrEqual(60);
      expect(perLine).toBeLessThanOrEqual(75);
    } else expect(perLine).toBeLessThanOrEqual(75);
  });

test('every image states its size and offers a srcset, so nothing shifts while it loads', async ({ page }) => {
  for (const pageType of pageTypes) {
    await openPageType(page, pageType);
    const images = await page.locator('main img').evaluateAll((elements) =>
      elements.map((image) => ({ src: image.getAttribute('src'), width: image.getAttribute('width'), height: image.getAttribute('height'), srcset: image.getAttribute('srcset'), sizes: image.getAttribute('sizes') })),
    );
    for (const image of images) {
      expect(Number(image.width), `${pageType.path} ${image.src}`).toBeGreaterThan(0);
      expect(Number(image.height), `${pageType.path} ${image.src}`).toBeGreaterThan(0);
      expect(image.srcset, `${pageType.path} ${image.src}`).toMatch(/\d+w/);
      expect(image.sizes, `${pageType.path} ${image.src}`).toBeTruthy();
    }
  }
});

test('no request leaves the site', async ({ page, baseURL }) => {
  const origins = new Set<string>();
  page.on('request', (request) => {
    if (!request.url().startsWith('data:')) origins.add(new URL(request.url()).origin);
  });
  for (const pageType of pageTypes) {
    await openPageType(page, pageType);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
  }
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
});

/**
 * A reader who finds stories outside the site: subscribing to a section's
 * feed from its page, and a shared link's card, image and structured data as
 * a messenger or search engine would fetch them.
 */
import { expect, test, type Page } from '@playwright/test';
import { site } from '../../src/site.config.ts';

/** Built pages name the public origin; the test server is somewhere else. */
const local = (url: string) => url.replace(site.url, '');

async function headContent(page: Page, selector: string, attribute = 'content') {
  return (await page.locator(`head ${selector}`).getAttribute(attribute))!;
}

test('a reader subscribes to a section from its page and the feed leads back to its stories', async ({ page, request }) => {
  await page.goto('/');
  const section = page.getByRole('navigation', { name: 'Sections' }).getByRole('link').first();
  const sectionName = (await section.textContent())!.trim();
  await section.click();
  const feedLink = page.locator(`head link[rel="alternate"][type="application/rss+xml"][title$=": ${sectionName}"]`);
  const feed = await request.get(local((await feedLink.getAttribute('href'))!));
  expect(feed.ok()).toBe(true);
  expect(feed.headers()['content-type']).toMatch(/xml/);
  const links = [...(await feed.text()).matchAll(/<item><title>[^<]*<\/title><link>([^<]+)<\/link>/g)].map((match) => match[1]!);
  expect(links.length).toBeGreaterThan(0);
  await page.goto(local(links[0]!));
  await expect(page.locator('article .kicker a')).toHaveText(sectionName);
});

test('a shared story brings its card, its photo and its structured data', async ({ page, request }) => {
  await page.goto('/');
  await page.locator('.lead-story__headline a').click();
  await expect(page.locator('article h1')).toBeVisible();

  expect(await headContent(page, 'meta[property="og:url"]')).toBe(`${site.url}${new URL(page.url()).pathname}`);
  for (const selector of ['meta[property="og:image"]', 'meta[name="twitter:image"]']) {
    const image = await request.get(local(await headContent(page, selector)));
    expect(image.ok(), selector).toBe(true);
    expect(image.headers()['content-type'], selector).toMatch(/^image\//);
  }
  const card = local(await headContent(page, 'meta[name="twitter:image"]'));
  const size = await page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    return [image.naturalWidth, image.naturalHeight];
  }, card);
  expect(size).toEqual([1200, 630]);

  const [article] = await page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent!)));
  expect(article['@type']).toBe('NewsArticle');
  expect(article.headline).toBe((await page.locator('article h1').textContent())!.trim());
});

import { expect, test, type Page } from '@playwright/test';
import { sampleStories } from './sample-site.ts';

/** From a list of stories, opens the first story that has what `selector` finds. */
async function openStoryWith(page: Page, selector: string) {
  const hrefs = await page.locator('.story-card__headline a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  for (const href of hrefs) {
    await page.goto(href);
    if ((await page.locator(selector).count()) > 0) return;
  }
  throw new Error(`no story in the list has ${selector}`);
}

test('a reader goes from the front page to a story, a related story, its section, a tag and an author', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);

  await page.locator('.lead-story__headline a').click();
  await expect(page.locator('article h1')).toBeVisible();

  const related = page.getByRole('region', { name: 'Related articles' });
  await expect(related.getByRole('link')).not.toHaveCount(0);
  expect(await related.getByRole('link').count()).toBeLessThanOrEqual(5);
  const relatedTitle = (await related.getByRole('link').first().textContent())!.trim();
  await related.getByRole('link').first().click();
  await expect(page.locator('article h1')).toHaveText(relatedTitle);

  const sectionName = (await page.locator('article .kicker a').textContent())!.trim();
  await page.locator('article .kicker a').click();
  await expect(page.locator('h1')).toHaveText(sectionName);
  await expect(page.getByRole('navigation', { name: 'Sections' }).locator('[aria-current="page"]')).toHaveText(sectionName);

  await openStoryWith(page, '.tags a');
  const tag = page.getByRole('navigation', { name: 'Tags' }).getByRole('link').first();
  const tagName = (await tag.textContent())!.trim();
  await tag.click();
  await expect(page.locator('h1')).toHaveText(tagName);

  await openStoryWith(page, '.byline a');
  const author = page.locator('.byline a').first();
  const authorName = (await author.textContent())!.trim();
  await author.click();
  await expect(page.locator('h1')).toHaveText(authorName);
  await expect(page.locator('.story-card')).not.toHaveCount(0);
});

test('the hero image loads, responsive and with its credit', async ({ page }) => {
  const story = sampleStories.find(({ data }) => data.image);
  test.skip(!story, 'the sample content has no hero image');
  await page.goto(story!.path);
  const hero = page.locator('.article__hero img');
  await expect(hero).toHaveAttribute('alt', story!.data.image!.alt);
  await expect(hero).toHaveAttribute('srcset', /\d+w/);
  await expect.poll(() => hero.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0);
  if (story!.data.image!.credit) await expect(page.locator('.article__hero figcaption')).toContainText(story!.data.image!.credit);
});

test('a "Related article:" paragraph renders as a callout', async ({ page }) => {
  const story = sampleStories.find(({ body }) => /^\*\*Related articles?:?\*\*/im.test(body));
  test.skip(!story, 'the sample content has no callout');
  await page.goto(story!.path);
  const callout = page.getByRole('complementary', { name: 'Related article' }).first();
  await expect(callout).toBeVisible();
  await callout.getByRole('link').click();
  await expect(page.locator('article h1')).toBeVisible();
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('no page scrolls sideways', async ({ page }) => {
    const story = sampleStories[0]!;
    const paths = ['/', story.path, `/${story.data.section}/`, `/authors/${story.data.authors[0] ?? ''}/`, '/404.html'];
    const tagged = sampleStories.find(({ data }) => data.tags.length > 0);
    if (tagged) {
      await page.goto(tagged.path);
      paths.push(new URL((await page.getByRole('navigation', { name: 'Tags' }).getByRole('link').first().getAttribute('href'))!, page.url()).pathname);
    }
    for (const path of paths.filter((path) => !path.endsWith('//'))) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test('pages read without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(sampleStories[0]!.path);
  await expect(page.locator('article h1')).toHaveText(sampleStories[0]!.data.title);
  await context.close();
});

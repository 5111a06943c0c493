/**
 * A live page in the browser: complete without JavaScript; with it, the
 * "N new updates" loader against the updates.json of a second build made
 * after one more update, with axe on the page as its button shows; and no
 * fetch at all once coverage has ended. (accessibility.spec.ts checks the
 * live page type at both widths in both themes.)
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { zonedTimestamp } from '../../src/lib/new-story.ts';
import { site } from '../../src/site.config.ts';
import { siteBuild } from '../build/site-build.ts';
import { withAstroLock } from './astro-lock.ts';
import { sampleStories, sampleUpdates } from './sample-site.ts';

const running = sampleStories.find((story) => story.data.live && !story.data.liveEndedAt)!;
const ended = sampleStories.find((story) => story.data.live && story.data.liveEndedAt)!;
const updatesOnPage = (page: Page) => page.locator('[data-live-list] > article');

test('the sample site has a live story with updates over two days and key events, and one that ended', () => {
  const updates = sampleUpdates(running.id);
  expect(updates.length).toBeGreaterThanOrEqual(8);
  const days = new Set(updates.map((update) => zonedTimestamp(update.data.at, site.timeZone).slice(0, 10)));
  expect(days.size).toBeGreaterThanOrEqual(2);
  expect(updates.filter((update) => (update.data as { key?: boolean }).key)).toHaveLength(2);
  expect(ended).toBeDefined();
});

test('a live page is complete without JavaScript: every update, newest first, and key updates that lead to them', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(running.path);
  await expect(page.locator('.kicker .badge--live')).toHaveText('Live');
  const updates = sampleUpdates(running.id);
  await expect(updatesOnPage(page)).toHaveCount(updates.length);
  const times = await updatesOnPage(page).locator('.live-update__time time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')));
  expect(times).toEqual(updates.map((update) => update.data.at.toISOString()));
  await expect(page.getByRole('button', { name: /new update/ })).toBeHidden();
  const key = page.getByRole('navigation', { name: 'Key updates' }).getByRole('link').first();
  const target = (await key.getAttribute('href'))!;
  await key.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
  await context.close();
});

test.describe('the "new updates" loader', () => {
  // One worker for both tests: with two (as on CI), each would run beforeAll's build into the same folder at once.
  test.describe.configure({ mode: 'serial' });
  const name = 'live-e2e';
  const contentDir = resolve('tests/.builds', name, 'content');
  let secondJson: string;
  const newUpdate = { id: 'update-99991231-2359-e2e-breaking', title: 'Breaking: the second build has news' };

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    // A second build of the sample site, after one more update of the live story.
    rmSync(resolve('tests/.builds', name), { recursive: true, force: true });
    cpSync('content', contentDir, { recursive: true });
    const story = sampleUpdates(running.id)[0]!.file.absolutePath.replace(/[^/\\]+$/, '');
    const at = zonedTimestamp(new Date(Date.now() - 60_000), site.timeZone);
    writeFileSync(
      join(contentDir, story.slice(resolve('content').length), '99991231-2359-e2e-breaking.md'),
      `---\nat: ${at}\ntitle: "${newUpdate.title}"\n---\nThe loader inserts this update without a reload.\n`,
    );
    const build = await withAstroLock(() => siteBuild(name, contentDir));
    expect(build.status, build.output).toBe(0);
    secondJson = readFileSync(join(build.outDir, running.path, 'updates.json'), 'utf8');
  });

  test('fetches updates.json once a minute and inserts the new update on request, without a reload', async ({ page }) => {
    test.setTimeout(90_000);
    const requests: string[] = [];
    // The page's clock starts at `start` and is paused 30 s later, before its first minute is up.
    const start = new Date('2026-12-02T16:00:00Z');
    await page.clock.install({ time: start });
    await page.route('**/updates.json', async (route) => {
      requests.push(route.request().url());
      await route.fulfill({ body: secondJson, contentType: 'application/json' });
    });
    await page.goto(running.path);
    const before = await updatesOnPage(page).count();
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await page.clock.pauseAt(new Date(start.getTime() + 30_000));
    await page.clock.runFor('00:29');
    expect(requests).toEqual([]);
    await page.clock.runFor('00:31');
    const button = page.getByRole('button', { name: '1 new update' });
    await expect(button).toBeVisible();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(new RegExp(`${running.path}updates\\.json$`));


    await button.click();
    await expect(updatesOnPage(page)).toHaveCount(before + 1);
    await expect(updatesOnPage(page).first()).toHaveAttribute('id', newUpdate.id);
    await expect(updatesOnPage(page).first().getByRole('heading')).toHaveText(newUpdate.title);
    await expect(updatesOnPage(page).first()).toBeFocused();
    await expect(button).toBeHidden();
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    // The next minute finds nothing new: no button.
    await page.clock.runFor('01:00');
    await expect.poll(() => requests.length).toBe(2);
    await expect(page.getByRole('button', { name: /new update/ })).toBeHidden();
  });

  test('offers the new updates with no axe violation', async ({ page }) => {
    await page.clock.install();
    await page.route('**/updates.json', (route) => route.fulfill({ body: secondJson, contentType: 'application/json' }));
    await page.goto(running.path);
    await page.clock.runFor('01:00');
    await expect(page.getByRole('button', { name: '1 new update' })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('fetches nothing once coverage has ended', async ({ page }) => {
    const requests: string[] = [];
    await page.clock.install();
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(ended.path);
    await expect(page.getByText('Coverage ended')).toBeVisible();
    requests.length = 0;
    await page.clock.runFor('05:00');
    expect(requests.filter((url) => url.includes('updates.json'))).toEqual([]);
    await expect(page.locator('.badge--live')).toHaveCount(0);
  });
});

test("an update's words find the live page in search", async ({ page }) => {
  // A word of one update of the sample live story, and of no other story.
  await page.goto(`/search/?q=${encodeURIComponent('icicles')}`);
  const results = page.locator('[data-search-results] > li');
  await expect(results).toHaveCount(1);
  await expect(results.first().getByRole('heading')).toHaveText(running.data.title);
});

/**
 * Pages made from hostile input, opened in real Chromium: no dialog opens, no
 * script of the editor's runs, nothing leaves the site except the embeds of
 * allowed hosts, and a `<base>` or `<style>` cannot take over the page.
 *
 * Two sources: the production build of tests/fixtures/careless (allowed
 * embeds, comments, a dek that quotes markup; tests/build/hostile-content.test.ts
 * builds it), served from its files; and `astro dev` on the hostile stories of
 * tests/fixtures/hostile beside those embeds. Dev only warns about the check's
 * errors, so those pages show what the build's sanitiser alone makes of them.
 * Every request is answered or refused here: nothing leaves the machine.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { site } from '../../src/site.config.ts';
import { siteBuild } from '../build/site-build.ts';
import { holdAstroLock, withAstroLock } from './astro-lock.ts';

test.describe.configure({ mode: 'serial' });

const carelessDist = resolve('tests/.builds/careless/dist');
const carelessOrigin = 'http://careless.test';
const devPort = Number(process.env.DESK_DEV_PORT ?? 4341);
const devOrigin = `http://127.0.0.1:${devPort}`;
let server: ChildProcess | undefined;
let serverOutput = '';
let releaseAstroLock: (() => void) | undefined;

const types: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.webp': 'image/webp', '.png': 'image/png', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml', '.json': 'application/json', '.xml': 'application/xml' };

interface Watch {
  dialogs: string[];
  /** Requests to anything but the site itself, by host. */
  outside: string[];
}

/**
 * Records dialogs and requests. The site's own requests are served (from the
 * built files, or passed to the dev server); an allowed embed host gets an
 * empty page; everything else is refused.
 */
async function watch(page: Page, origin: string): Promise<Watch> {
  const seen: Watch = { dialogs: [], outside: [] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.context().route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin) {
      if (origin !== carelessOrigin) return route.continue();
      const path = join(carelessDist, decodeURIComponent(url.pathname));
      const file = existsSync(join(path, 'index.html')) ? join(path, 'index.html') : path;
      if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ status: 200, contentType: types[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    }
    seen.outside.push(url.host);
    if (site.embedHosts.includes(url.hostname)) return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>embed</title>' });
    return route.abort('blockedbyclient');
  });
  return seen;
}

/**
 * Opens a page, scrolls through it (embeds are lazy) and waits for what it would load; the page must stay where it was opened.
 * Vite reloads a dev page each time it has optimised dependencies the page asked for, at a moment of its own:
 * during the navigation, or seconds after it, and a page that finds new ones in turn is reloaded more than once.
 * So a navigation cut short (or aborted by the reload) is tried again, a second later, for up to two minutes: on a slow runner
 * one optimiser run was seen to reload the page seven times in three seconds. The page is read only once it has stayed put for two seconds.
 * A navigation that has not loaded in 30 s is tried again too: a page's script request can wait on an optimiser run that a reload made stale.
 */
async function visit(page: Page, url: string) {
  let navigations = 0;
  const count = (frame: Frame) => {
    if (frame === page.mainFrame()) navigations++;
  };
  page.on('framenavigated', count);
  try {
    for (const deadline = Date.now() + 120_000; ; ) {
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        break;
      } catch (error) {
        if (Date.now() > deadline || !/Execution context was destroyed|interrupted by another navigation|net::ERR_ABORTED|Timeout 30000ms exceeded/.test(String(error))) throw error;
        await page.waitForTimeout(1000);
      }
    }
    for (let settled = -1; settled !== navigations; ) {
      settled = navigations;
      await page.waitForTimeout(2000);
      await page.waitForLoadState('load');
    }
    await page.evaluate(() => window.scrollTo(0, 0));
  } finally {
    page.off('framenavigated', count);
  }
  expect(page.url()).toBe(url);
}

/** The page is still the site's: visible, its links on the site or on http(s), no editor's base or style in force. */
async function expectPageIntact(page: Page, origin: string) {
  await expect(page.locator('body')).toBeVisible();
  await expect(page.locator('h1').first()).toBeVisible();
  expect(await page.locator('base').count()).toBe(0);
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  const masthead = await page.locator('header a[href]').first().evaluate((link) => (link as HTMLAnchorElement).href);
  expect(new URL(masthead).origin).toBe(origin);
  for (const href of hrefs) expect(href, href).toMatch(/^(?:https?|mailto):/);
}

test.describe('the built careless site', () => {
  // One worker for the group: its beforeAll builds or starts one server, which two workers would do twice at once.
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    if (!existsSync(join(carelessDist, 'index.html'))) await withAstroLock(() => siteBuild('careless', 'tests/fixtures/careless'));
  });

  test('a story with every allowed embed loads only from the site and those hosts, and runs nothing of the editor\'s', async ({ page }) => {
    const seen = await watch(page, carelessOrigin);
    await visit(page, `${carelessOrigin}/2026/11/10/embeds/`);
    await expectPageIntact(page, carelessOrigin);
    expect(seen.dialogs).toEqual([]);
    expect(new Set(seen.outside)).toEqual(new Set(site.embedHosts));
    for (const frame of await page.locator('iframe').all()) {
      await expect(frame).toHaveAttribute('sandbox', /allow-scripts/);
      await expect(frame).not.toHaveAttribute('sandbox', /allow-top-navigation/);
    }
  });

  test('a dek that quotes markup, and a story with an editor\'s note, stay text', async ({ page }) => {
    const seen = await watch(page, carelessOrigin);
    await visit(page, `${carelessOrigin}/2026/11/08/dek-with-markup/`);
    await expect(page.getByText('Why the text <img src=x onerror=alert(1)> must stay text', { exact: false }).first()).toBeVisible();
    await visit(page, `${carelessOrigin}/2026/11/09/editors-note/`);
    expect(await page.content()).not.toContain('123-45-67');
    expect(seen.dialogs).toEqual([]);
    expect(seen.outside).toEqual([]);
  });
});

test.describe('astro dev on hostile stories, where the check only warns', () => {
  // One worker for the group: its beforeAll builds or starts one server, which two workers would do twice at once.
  // A first visit may wait through several of Vite's reloads (see visit()), longer than the default 30 s.
  test.describe.configure({ mode: 'serial', timeout: 240_000 });
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    // The hostile stories a page can be made of (the tree's unreadable files would stop Astro itself), beside the allowed embeds.
    const tree = resolve('tests/.builds/hostile-dev/content');
    rmSync(tree, { recursive: true, force: true });
    for (const [from, to] of [
      ['tests/fixtures/hostile/sections.yaml', 'sections.yaml'],
      ['tests/fixtures/hostile/authors/vera-ivanova.md', 'authors/vera-ivanova.md'],
      ['tests/fixtures/hostile/articles/raw-html.md', 'articles/raw-html.md'],
      ['tests/fixtures/hostile/articles/photo.png', 'articles/photo.png'],
      ['tests/fixtures/careless/articles/2026/11/embeds.md', 'articles/embeds.md'],
      ['tests/fixtures/careless/articles/2026/11/street.jpg', 'articles/street.jpg'],
    ]) {
      mkdirSync(join(tree, to, '..'), { recursive: true });
      copyFileSync(from!, join(tree, to!));
    }
    // Held until afterAll stops the server: it writes `.astro/` whenever it syncs.
    releaseAstroLock = await holdAstroLock();
    server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(devPort), '--host', '127.0.0.1', '--ignore-lock'], {
      env: { ...process.env, CONTENT_DIR: tree, ASTRO_CACHE_DIR: resolve('tests/.builds/hostile-dev/cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk) => (serverOutput += chunk));
    server.stderr!.on('data', (chunk) => (serverOutput += chunk));
    const deadline = Date.now() + 150_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`astro dev exited:\n${serverOutput}`);
      if (Date.now() > deadline) throw new Error(`astro dev did not answer:\n${serverOutput}`);
      try {
        if ((await fetch(`${devOrigin}/2026/11/01/raw-html/`, { signal: AbortSignal.timeout(20_000) })).ok) break;
      } catch {
        // Still starting.
      }
      await new Promise((done) => setTimeout(done, 500));
    }
  });

  test.afterEach(async ({}, testInfo) => {
    if (testInfo.status !== testInfo.expectedStatus) console.log(`astro dev said:\n${serverOutput}`);
  });

  test.afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = once(server, 'exit');
      process.kill(-server.pid!, 'SIGTERM');
      await exited;
    }
    releaseAstroLock?.();
  });

  test('the check\'s errors are printed, and the page of a story full of hostile HTML runs none of it', async ({ page }) => {
    expect(serverOutput).toContain('raw-html.md:10  body  <script> is not allowed');
    const seen = await watch(page, devOrigin);
    await visit(page, `${devOrigin}/2026/11/01/raw-html/`);
    await expectPageIntact(page, devOrigin);
    expect(seen.dialogs).toEqual([]);
    expect(seen.outside).toEqual([]);
    const body = await page.locator('.article__body').innerHTML();
    for (const trace of ['alert(', 'evil.example', 'onerror', 'javascript:', 'vbscript:', 'data:', 'style', '<script', '<iframe', '<form', '<base', '<meta']) expect(body, trace).not.toContain(trace);
  });

  test('an author page with a hostile bio runs none of it', async ({ page }) => {
    const seen = await watch(page, devOrigin);
    await visit(page, `${devOrigin}/authors/vera-ivanova/`);
    await expectPageIntact(page, devOrigin);
    expect(seen.dialogs).toEqual([]);
    expect(seen.outside).toEqual([]);
    await expect(page.getByText('Vera covers the city.')).toBeVisible();
  });

  test('allowed embeds still load from their hosts beside the hostile stories', async ({ page }) => {
    const seen = await watch(page, devOrigin);
    await visit(page, `${devOrigin}/2026/11/10/embeds/`);
    expect(seen.dialogs).toEqual([]);
    expect(new Set(seen.outside)).toEqual(new Set(site.embedHosts));
  });
});

/**
 * npm run screenshots: full-page PNGs of every page type at 375 px and
 * 1,280 px wide, in the light and the dark theme, under screenshots/ (git-ignored),
 * so anyone can review the design without running a server.
 *
 * Builds the site into tests/.builds/screenshots/, or uses an existing build:
 * `npm run screenshots -- --out-dir tests/.builds/paper/dist`.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { buildSite, chromiumPath, serveStatic, sitePages } from './built-site.ts';

const { values } = parseArgs({ options: { 'out-dir': { type: 'string' } } });
const outDir = values['out-dir'] ? resolve(values['out-dir']) : buildSite('screenshots');
const target = resolve('screenshots');
const widths = [375, 1280];
const themes = ['light', 'dark'] as const;

await rm(target, { recursive: true, force: true });
await mkdir(target, { recursive: true });
const { origin, server } = await serveStatic(outDir);
const browser = await chromium.launch({ executablePath: chromiumPath });
try {
  for (const { type, path } of sitePages())
    for (const width of widths)
      for (const theme of themes) {
        // The system setting chooses the theme, as for a reader who never touched the toggle.
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
        await page.goto(`${origin}${path}${type === 'search' ? '?q=moscow' : ''}`, { waitUntil: 'networkidle' });
        if (type === 'search') await page.locator('[data-search-results] li').first().waitFor();
        const file = join(target, `${type}-${width}-${theme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`${file}  ${path}`);
        await page.close();
      }
} finally {
  await browser.close();
  server.close();
}

/**
 * npm run report:weight: how heavy each page type is, and whether it keeps
 * within the budgets (scripts/page-weight.ts). Builds the site into
 * tests/.builds/report-weight/, serves it with gzip on localhost (the build's
 * SITE_URL is that address, so canonical links point at the served site), then:
 *   - per page type: HTML, CSS and JS bytes, raw and gzip, from the built files,
 *     and the requests a 1,280 px Chromium makes to load the page;
 *   - the budgets, with a non-zero exit code if one is broken;
 *   - Lighthouse (accessibility, best practices, SEO, performance; its default
 *     mobile profile) on the front page and an article page.
 * Figures only: nothing here is timed against a threshold in the test suite.
 */
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkBudgets, pageAssets, type Bytes, type PageWeight } from './page-weight.ts';
import { buildSite, chromiumPath, serveStatic, sitePages } from './built-site.ts';
import { quietChromiumFlags } from './chromium.ts';

const chromeFlags = ['--headless', '--no-sandbox', '--disable-gpu', ...quietChromiumFlags];
const lighthouseCategories = ['accessibility', 'best-practices', 'seo', 'performance'];
const lighthouseTargets = new Set(['front', 'article']);

const port = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});
const outDir = buildSite('report-weight', { SITE_URL: `http://localhost:${port}`, BASE_PATH: '/' });
const { origin, server } = await serveStatic(outDir, port);

const bytesOf = (contents: (string | Buffer)[]): Bytes =>
  contents.reduce<Bytes>((sum, content) => ({ raw: sum.raw + Buffer.byteLength(content), gzip: sum.gzip + gzipSync(content).byteLength }), { raw: 0, gzip: 0 });
const fileAt = (sitePath: string) => readFile(join(outDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath));

const pages = sitePages();
const weights: PageWeight[] = [];
const requests = new Map<string, number>();
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromeFlags.slice(1) });
try {
  for (const { type, path } of pages) {
    const html = await fileAt(path);
    const assets = pageAssets(html.toString('utf8'));
    weights.push({
      type,
      path,
      html: bytesOf([html]),
      css: bytesOf([...(await Promise.all(assets.stylesheets.map(fileAt))), ...assets.inlineStyles]),
      js: bytesOf([...(await Promise.all(assets.scripts.map(fileAt))), ...assets.inlineScripts]),
      assets,
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    let count = 0;
    page.on('request', (request) => {
      if (!request.url().startsWith('data:')) count += 1;
    });
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    requests.set(type, count);
    await page.close();
  }
} finally {
  await browser.close();
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);
console.log('\nPage weight per page type (KB raw / gzip; requests at 1,280 px including images)\n');
console.log(`${'page type'.padEnd(14)} ${'HTML'.padStart(15)} ${'CSS'.padStart(15)} ${'JS'.padStart(15)} ${'requests'.padStart(9)}  path`);
for (const weight of weights) {
  const cell = ({ raw, gzip }: Bytes) => `${kb(raw)} /${kb(gzip)}`;
  console.log(`${weight.type.padEnd(14)} ${cell(weight.html)} ${cell(weight.css)} ${cell(weight.js)} ${String(requests.get(weight.type)).padStart(9)}  ${weight.path}`);
}

console.log('\nBudgets\n');
const results = checkBudgets(weights);
for (const result of results) console.log(`${result.ok ? 'ok  ' : 'OVER'}  ${result.budget}  (${result.detail})`);

console.log('\nLighthouse (mobile profile, simulated throttling)\n');
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags });
let lighthouseOk = true;
try {
  for (const { type, path } of pages.filter((page) => lighthouseTargets.has(page.type))) {
    const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: lighthouseCategories });
    const categories = result!.lhr.categories;
    const scores = lighthouseCategories.map((id) => ({ id, score: Math.round((categories[id]?.score ?? 0) * 100) }));
    const wanted = (id: string) => (id === 'performance' ? 95 : 100);
    lighthouseOk &&= scores.every(({ id, score }) => score >= wanted(id));
    console.log(`${type.padEnd(8)} ${scores.map(({ id, score }) => `${id} ${score}${score >= wanted(id) ? '' : ' (below ' + wanted(id) + ')'}`).join(', ')}  ${path}`);
    for (const [id, audit] of Object.entries(result!.lhr.audits))
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary') console.log(`         failed audit: ${id}: ${audit.title}`);
  }
} finally {
  chrome.kill();
  server.close();
}

if (!results.every((result) => result.ok) || !lighthouseOk) {
  console.log('\nSome budgets or scores were missed.');
  process.exitCode = 1;
}

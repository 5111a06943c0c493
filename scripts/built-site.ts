/**
 * What `npm run report:weight` and `npm run screenshots` share: a production
 * build of the site into a folder of their own (never dist/, which others may be
 * serving), a small static server for it with gzip as a CDN would serve it, and
 * the example page of every page type.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { runContentCheck } from '../src/integrations/check-content-before-build.ts';
import { examplePages, type ExamplePage } from './example-pages.ts';
import { site } from '../src/site.config.ts';
import { systemChromium } from './chromium.ts';
import { siteBuildInto } from './site-build.ts';

/** Debian's Chromium where it is installed, Playwright's own browser elsewhere (as the browser tests use). */
export const chromiumPath = systemChromium ?? chromium.executablePath();

/** Builds the site into tests/.builds/<name>/dist with its own cache; `env` overrides settings such as SITE_URL. */
export function buildSite(name: string, env: Record<string, string> = {}): string {
  console.log(`Building the site into tests/.builds/${name}/dist …`);
  const result = siteBuildInto(name, env, { keepOutput: true });
  if (result.status !== 0) throw new Error(`the build failed (exit ${result.status}):\n${result.output.slice(-4000)}`);
  return result.outDir;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};
const compressible = new Set(['.html', '.css', '.js', '.json', '.xml', '.txt', '.svg']);

/** Serves `root` on a free port (or `port`), gzipping text like any static host; resolves to its origin. */
export async function serveStatic(root: string, port = 0): Promise<{ origin: string; server: Server }> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = join(root, normalize(path));
    try {
      if (!file.startsWith(root)) throw new Error('outside the site');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const extension = extname(file);
      const headers: Record<string, string> = { 'content-type': types[extension] ?? 'application/octet-stream', 'cache-control': 'public, max-age=31536000' };
      if (compressible.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404, { 'content-type': types['.html']! }).end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return { origin: `http://localhost:${(server.address() as AddressInfo).port}`, server };
}

/** The example page of each page type in the sample content. */
export function sitePages(): ExamplePage[] {
  const now = new Date();
  // The default edition's: another edition's pages are of the same types.
  const published = runContentCheck().articles.filter(({ data, edition }) => edition === '' && !data.draft && data.publishedAt <= now);
  return examplePages(published, site.timeZone);
}

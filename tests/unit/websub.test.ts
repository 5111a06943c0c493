import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { feedTopics, publishPing } from '../../src/lib/websub.ts';

it('pings for every feed of a build, by its public URL', () => {
  const files = ['index.html', 'rss.xml', 'feed.json', 'news/rss.xml', 'tags/space/rss.xml', 'news/index.html', 'sitemap-0.xml'];
  expect(feedTopics(files, { url: 'https://news.example', basePath: '/paper/' })).toEqual([
    'https://news.example/paper/feed.json',
    'https://news.example/paper/news/rss.xml',
    'https://news.example/paper/rss.xml',
    'https://news.example/paper/tags/space/rss.xml',
  ]);
});

it('sends the publish ping hubs expect', () => {
  expect(publishPing('https://news.example/rss.xml').toString()).toBe('hub.mode=publish&hub.url=https%3A%2F%2Fnews.example%2Frss.xml');
});

it('npm run websub:ping posts one ping per feed of the build to the hub', async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'websub-'));
  mkdirSync(join(outDir, 'news'));
  for (const file of ['rss.xml', 'feed.json', 'news/rss.xml', 'index.html']) writeFileSync(join(outDir, file), '');
  const pings: string[] = [];
  const hub = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      pings.push(new URLSearchParams(body).get('hub.url')!);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((done) => hub.listen(0, '127.0.0.1', done));
  const { port } = hub.address() as AddressInfo;
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/websub-ping.ts'], {
      env: { ...process.env, OUT_DIR: outDir, WEBSUB_HUB: `http://127.0.0.1:${port}/`, SITE_URL: 'https://news.example', BASE_PATH: '/' },
    });
    expect(pings.toSorted()).toEqual(['https://news.example/feed.json', 'https://news.example/news/rss.xml', 'https://news.example/rss.xml']);
    expect(stdout).toContain('pinged  https://news.example/rss.xml');
  } finally {
    hub.close();
    rmSync(outDir, { recursive: true, force: true });
  }
});

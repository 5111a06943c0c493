/** The pure parts of `npm run deploy`, on strings: kinds, headers, order, plan, paths to purge, settings. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bucketPrefix } from '../../src/lib/deploy/bucket-prefix.ts';
import { cacheControl } from '../../src/lib/deploy/cache-control.ts';
import { contentType } from '../../src/lib/deploy/content-type.ts';
import { deployPlan } from '../../src/lib/deploy/deploy-plan.ts';
import { deploySettings } from '../../src/lib/deploy/deploy-settings.ts';
import { deploySummary } from '../../src/lib/deploy/deploy-summary.ts';
import { filesToVerify } from '../../src/lib/deploy/files-to-verify.ts';
import { knownDigests } from '../../src/lib/deploy/known-digests.ts';
import { localFiles } from '../../src/lib/deploy/local-files.ts';
import { objectDigest } from '../../src/lib/deploy/object-digest.ts';
import { objectKind } from '../../src/lib/deploy/object-kind.ts';
import { purgeCdn } from '../../src/lib/deploy/purge-cdn.ts';
import { purgePaths } from '../../src/lib/deploy/purge-paths.ts';
import type { ListedObject, LocalFile } from '../../src/lib/deploy/types.ts';
import { uploadPhases } from '../../src/lib/deploy/upload-phases.ts';
import { distSize } from '../../src/lib/dist-size.ts';
import { distSizeLine, hostingLimitWarnings } from '../../src/lib/hosting-limits.ts';

const file = (path: string, digest = `d-${path}`, size = 10): LocalFile => ({ path, size, digest, contentType: contentType(path), cacheControl: 'x' });

describe('objectKind', () => {
  it.each([
    ['_astro/BaseLayout.D9weNW-O.css', 'fingerprinted'],
    ['_astro/lead-photo.D1OV2RxU_14RfV4.webp', 'fingerprinted'],
    ['pagefind/fragment/en_15ef244.pf_fragment', 'fingerprinted'],
    ['pagefind/index/en_7e6dfe7.pf_index', 'fingerprinted'],
    ['pagefind/filter/en_99169fe.pf_filter', 'fingerprinted'],
    ['pagefind/pagefind.en_46f2845de6.pf_meta', 'fingerprinted'],
    ['pagefind/pagefind-entry.json', 'asset'],
    ['pagefind/pagefind.js', 'asset'],
    ['pagefind/wasm.en.pagefind', 'asset'],
    ['2026/10/02/city-story-01/card.png', 'asset'],
    ['logo.png', 'asset'],
    ['index.html', 'page'],
    ['404.html', 'page'],
    ['news/page/2/index.html', 'page'],
    ['rss.xml', 'feed'],
    ['tags/trams/rss.xml', 'feed'],
    ['feed.json', 'feed'],
    ['sitemap-index.xml', 'feed'],
    ['sitemap-0.xml', 'feed'],
    ['news-sitemap.xml', 'feed'],
    ['robots.txt', 'feed'],
  ])('%s is %s', (path, kind) => expect(objectKind(path)).toBe(kind));
});

describe('contentType', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['_astro/a.B1.css', 'text/css; charset=utf-8'],
    ['pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
    ['feed.json', 'application/json; charset=utf-8'],
    ['rss.xml', 'application/xml; charset=utf-8'],
    ['robots.txt', 'text/plain; charset=utf-8'],
    ['logo.png', 'image/png'],
    ['_astro/p.x_1.webp', 'image/webp'],
    ['_astro/p.x.jpg', 'image/jpeg'],
    ['icon.svg', 'image/svg+xml; charset=utf-8'],
    ['pagefind/fragment/en_15ef244.pf_fragment', 'application/octet-stream'],
    ['pagefind/wasm.en.pagefind', 'application/octet-stream'],
  ])('%s is served as %s', (path, type) => expect(contentType(path)).toBe(type));
});

it('caches fingerprinted files for a year and everything else for the short setting', () => {
  expect(cacheControl('fingerprinted', 300)).toBe('public, max-age=31536000, immutable');
  expect(cacheControl('page', 300)).toBe('public, max-age=300');
  expect(cacheControl('feed', 60)).toBe('public, max-age=60');
  expect(cacheControl('asset', 300)).toBe('public, max-age=300');
});

it('sends fingerprinted files, then other assets, then pages, then feeds and sitemaps', () => {
  const paths = ['sitemap-0.xml', 'news/index.html', 'rss.xml', 'pagefind/pagefind-entry.json', 'index.html', '_astro/b.X.css', 'pagefind/fragment/en_1234567.pf_fragment', 'logo.png', '_astro/a.Y.webp'];
  expect(uploadPhases(paths.map((path) => ({ path }))).map((phase) => phase.map(({ path }) => path))).toEqual([
    ['_astro/a.Y.webp', '_astro/b.X.css', 'pagefind/fragment/en_1234567.pf_fragment'],
    ['logo.png', 'pagefind/pagefind-entry.json'],
    ['index.html', 'news/index.html'],
    ['rss.xml', 'sitemap-0.xml'],
  ]);
  expect(uploadPhases([{ path: 'index.html' }])).toEqual([[{ path: 'index.html' }]]);
});

it('digests bytes and headers: a new Cache-Control setting sends the file again', () => {
  const bytes = new TextEncoder().encode('<p>hi</p>');
  const digest = objectDigest(bytes, 'text/html; charset=utf-8', 'public, max-age=300');
  expect(digest).toMatch(/^[0-9a-f]{64}$/);
  expect(objectDigest(bytes, 'text/html; charset=utf-8', 'public, max-age=60')).not.toBe(digest);
  expect(objectDigest(new TextEncoder().encode('<p>hi!</p>'), 'text/html; charset=utf-8', 'public, max-age=300')).not.toBe(digest);
});

describe('planning a deploy', () => {
  const listing: ListedObject[] = [
    { path: 'index.html', size: 10, etag: 'e1' },
    { path: 'news/index.html', size: 10, etag: 'e2-rewritten' },
    { path: 'old/index.html', size: 10, etag: 'e3' },
    { path: '_astro/a.Y.css', size: 10, etag: 'e4' },
  ];
  const manifest = {
    'index.html': { digest: 'd-index.html', etag: 'e1' },
    'news/index.html': { digest: 'd-news/index.html', etag: 'e2' },
    'old/index.html': { digest: 'd-old', etag: 'e3' },
    'gone/index.html': { digest: 'd-gone', etag: 'e9' },
  };

  it('trusts the manifest only for objects whose ETag is still the recorded one', () => {
    expect(knownDigests(listing, manifest)).toEqual(new Map([['index.html', 'd-index.html'], ['old/index.html', 'd-old']]));
    expect(knownDigests(listing, {})).toEqual(new Map());
  });

  it('reads the digest of the untrusted objects of the right size only', () => {
    const local = [file('index.html'), file('news/index.html'), file('_astro/a.Y.css', 'd', 11), file('new/index.html')];
    expect(filesToVerify(local, listing, knownDigests(listing, manifest)).map(({ path }) => path)).toEqual(['news/index.html']);
  });

  it('sends what differs or is missing, in phases, deletes what the build lost, leaves the rest', () => {
    const local = [file('index.html'), file('news/index.html'), file('_astro/a.Y.css'), file('new/index.html'), file('rss.xml')];
    const known = new Map([['index.html', 'd-index.html'], ['news/index.html', 'stale'], ['_astro/a.Y.css', 'd-_astro/a.Y.css'], ['old/index.html', 'd-old']]);
    const plan = deployPlan(local, listing, known);
    expect(plan.phases.map((phase) => phase.map(({ path }) => path))).toEqual([['new/index.html', 'news/index.html'], ['rss.xml']]);
    expect(plan.deletions).toEqual(['old/index.html']);
    expect(plan.unchanged.map(({ path }) => path)).toEqual(['index.html', '_astro/a.Y.css']);
  });
});

it('gives the CDN the changed addresses readers use, below the base path, without fingerprinted files', () => {
  expect(purgePaths(['news/index.html', 'index.html', '_astro/a.Y.css', 'rss.xml', '2026/10/02/x/card.png', '404.html'], '/')).toEqual([
    '/',
    '/2026/10/02/x/card.png',
    '/404.html',
    '/news/',
    '/rss.xml',
  ]);
  expect(purgePaths(['index.html', 'news/index.html'], '/paper/')).toEqual(['/paper/', '/paper/news/']);
});

it('normalises the key prefix', () => {
  expect(bucketPrefix(undefined)).toBe('');
  expect(bucketPrefix('')).toBe('');
  expect(bucketPrefix('/')).toBe('');
  expect(bucketPrefix('site')).toBe('site/');
  expect(bucketPrefix('/site/2026/')).toBe('site/2026/');
});

it('ends with one summary line', () => {
  expect(deploySummary({ uploaded: 3, deleted: 1, unchanged: 96, failed: 0 })).toBe('uploaded 3, deleted 1, unchanged 96');
  expect(deploySummary({ uploaded: 3, deleted: 0, unchanged: 96, failed: 2 })).toBe('uploaded 3, deleted 0, unchanged 96, failed 2');
});

describe('deploySettings', () => {
  it('reads the bucket, store and hooks from the environment', () => {
    expect(
      deploySettings({ DEPLOY_S3_BUCKET: 'news', DEPLOY_S3_ENDPOINT: 'https://acct.r2.cloudflarestorage.com', DEPLOY_S3_REGION: 'auto', DEPLOY_S3_PREFIX: '/www/', DEPLOY_PURGE_COMMAND: 'xargs echo' }),
    ).toEqual({ bucket: 'news', endpoint: 'https://acct.r2.cloudflarestorage.com', region: 'auto', prefix: 'www/', concurrency: 8, purgeCommand: 'xargs echo', purgeUrl: undefined });
    expect(deploySettings({ DEPLOY_S3_BUCKET: 'news' })).toMatchObject({ endpoint: undefined, region: 'us-east-1', prefix: '' });
  });

  it('names every setting that is missing or wrong', () => {
    expect(() => deploySettings({ DEPLOY_CONCURRENCY: '0', DEPLOY_S3_ENDPOINT: 'localhost 9000' })).toThrow(
      /DEPLOY_S3_BUCKET is not set[\s\S]*DEPLOY_CONCURRENCY must be[\s\S]*DEPLOY_S3_ENDPOINT must be a URL/,
    );
  });
});

it('gives the purge command the paths on stdin, one a line, and fails when it fails', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'purge-'));
  const out = join(dir, 'paths.txt');
  await purgeCdn(['/', '/news/'], { command: `cat > '${out}'` });
  expect(readFileSync(out, 'utf8')).toBe('/\n/news/\n');
  await expect(purgeCdn(['/'], { command: 'exit 3' })).rejects.toThrow(/exited with 3/);
});

it('counts a build folder and warns past GitHub Pages’ 1 GB and Cloudflare’s 20,000 files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dist-size-'));
  mkdirSync(join(dir, 'news'));
  writeFileSync(join(dir, 'index.html'), 'x'.repeat(1000));
  writeFileSync(join(dir, 'news/index.html'), 'x'.repeat(500));
  expect(distSize(dir)).toEqual({ files: 2, bytes: 1500 });
  expect(distSizeLine({ files: 25_311, bytes: 1_234_567_890 })).toBe('25,311 files, 1234.6 MB');
  expect(hostingLimitWarnings({ files: 20_000, bytes: 1_000_000_000 })).toEqual([]);
  const warnings = hostingLimitWarnings({ files: 20_001, bytes: 1_000_000_001 });
  expect(warnings).toHaveLength(2);
  expect(warnings[0]).toMatch(/GitHub Pages.*1 GB/);
  expect(warnings[1]).toMatch(/Cloudflare.*20,000 files/);
  expect(hostingLimitWarnings({ files: 30_000, bytes: 10 })).toEqual([expect.stringMatching(/Cloudflare/)]);
});

it('npm run deploy refuses a folder without a build, and a missing bucket, before any request', () => {
  const dir = mkdtempSync(join(tmpdir(), 'no-build-'));
  const run = () => spawnSync(process.execPath, ['scripts/deploy.ts'], { encoding: 'utf8', env: { ...process.env, OUT_DIR: dir, DEPLOY_S3_BUCKET: '' } });
  expect(run()).toMatchObject({ status: 2, stderr: expect.stringMatching(/^No build in .* \(no index\.html\)/) });
  writeFileSync(join(dir, 'index.html'), '<p>front</p>');
  expect(run()).toMatchObject({ status: 2, stderr: expect.stringMatching(/^DEPLOY_S3_BUCKET is not set/) });
});

describe('redirect pages on deploy', () => {
  it('count their redirect location in the digest, and leave every other digest as it was', () => {
    const bytes = new TextEncoder().encode('<!DOCTYPE html>');
    const plain = objectDigest(bytes, 'text/html; charset=utf-8', 'public, max-age=300');
    expect(objectDigest(bytes, 'text/html; charset=utf-8', 'public, max-age=300', undefined)).toBe(plain);
    const toStory = objectDigest(bytes, 'text/html; charset=utf-8', 'public, max-age=300', '/2026/10/25/story/');
    expect(toStory).not.toBe(plain);
    expect(objectDigest(bytes, 'text/html; charset=utf-8', 'public, max-age=300', '/2026/10/26/story/')).not.toBe(toStory);
  });

  it('take their location from the redirects.json of the build', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'broadsheet-redirects-'));
    mkdirSync(join(dir, 'old/path'), { recursive: true });
    writeFileSync(join(dir, 'old/path/index.html'), 'moved');
    writeFileSync(join(dir, 'index.html'), 'home');
    writeFileSync(join(dir, 'redirects.json'), JSON.stringify({ 'old/path/index.html': '/news/2026/10/25/story/' }));
    const files = await localFiles(dir, 300);
    expect(files.map(({ path, redirectLocation }) => [path, redirectLocation])).toEqual([
      ['index.html', undefined],
      ['old/path/index.html', '/news/2026/10/25/story/'],
      ['redirects.json', undefined],
    ]);
    const moved = files.find((file) => file.path === 'old/path/index.html')!;
    expect(moved.digest).toBe(objectDigest(readFileSync(join(dir, 'old/path/index.html')), moved.contentType, moved.cacheControl, '/news/2026/10/25/story/'));
  });
});

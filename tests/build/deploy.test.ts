/**
 * `npm run deploy` against a real S3-compatible server (s3rver) on localhost:
 * two builds of a fixture, the second after one story was edited, deployed with
 * the real script as a child process and read back over HTTP. Each scenario
 * deploys below its own key prefix of one bucket.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { HeadObjectCommand, paginateListObjectsV2, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { siteBuild, filesBelow, type BuildResult } from './site-build.ts';

const name = 'deploy';
const workDir = resolve('tests/.builds', name);
const contentDir = join(workDir, 'content');
const builds: Record<'v1' | 'v2', { dir: string; build?: BuildResult }> = { v1: { dir: join(workDir, 'v1') }, v2: { dir: join(workDir, 'v2') } };
const edited = { file: join(contentDir, 'articles/2026/10/city-story-05.md'), sentence: 'Correction: the tram line opens in spring, not in winter.' };
const bucket = 'news';
const credentials = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };

let server: S3rver;
let port = 0;
/** What the server was asked to do, in order: `put <key>` and `delete <key>`. */
let requests: string[] = [];

async function startServer(): Promise<void> {
  server = new S3rver({ address: '127.0.0.1', port, silent: true, directory: join(workDir, 's3'), configureBuckets: [{ name: bucket, configs: [] }] });
  (server as unknown as NodeJS.EventEmitter).on('event', (event: { Records: { eventName: string; s3: { object: { key: string } } }[] }) => {
    const [record] = event.Records;
    requests.push(`${record!.eventName === 'ObjectRemoved:Delete' ? 'delete' : 'put'} ${record!.s3.object.key}`);
  });
  port = (await server.run()).port;
}

async function stopServer(): Promise<void> {
  // A deploy in flight keeps connections open; cut them so the server stops now.
  (server as unknown as { httpServer: Server }).httpServer.closeAllConnections();
  await server.close();
}

const endpoint = () => `http://127.0.0.1:${port}`;

interface DeployRun {
  status: number | null;
  lines: string[];
  output: string;
}

/** Runs `node scripts/deploy.ts` on a build; `onLine` sees each line of its output with the child, to kill it. */
function deploy(outDir: string, prefix: string, options: { args?: string[]; env?: Record<string, string>; onLine?: (line: string, stop: () => void) => void } = {}): Promise<DeployRun> {
  const child = spawn(process.execPath, ['scripts/deploy.ts', ...(options.args ?? [])], {
    env: { ...process.env, ...credentials, OUT_DIR: outDir, DEPLOY_S3_BUCKET: bucket, DEPLOY_S3_ENDPOINT: endpoint(), DEPLOY_S3_PREFIX: prefix, ...options.env },
  });
  const lines: string[] = [];
  let output = '';
  let partial = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    const parts = (partial + chunk).split('\n');
    partial = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      options.onLine?.(line, () => child.kill('SIGKILL'));
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  return new Promise((done) => child.on('close', (status) => done({ status, lines: partial ? [...lines, partial] : lines, output })));
}

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** Each file of a build folder and the digest of its bytes. */
const buildDigests = (dir: string) => new Map(filesBelow(dir).map((file) => [file, digest(readFileSync(join(dir, file)))]));
const summaryOf = (run: DeployRun) => run.lines.at(-1);
const keysOf = (lines: string[], verb: string) => lines.filter((line) => line.startsWith(`${verb} `)).map((line) => line.slice(verb.length + 1)).sort();

const client = () => new S3Client({ region: 'us-east-1', endpoint: endpoint(), forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });

/** The objects below a prefix, as paths below it, and the digest of the bytes served for each over plain HTTP. */
async function bucketDigests(prefix: string): Promise<Map<string, string>> {
  const keys: string[] = [];
  for await (const page of paginateListObjectsV2({ client: client() }, { Bucket: bucket, Prefix: `${prefix}/` })) keys.push(...(page.Contents ?? []).map((object) => object.Key!));
  const objects = new Map<string, string>();
  for (const key of keys.filter((key) => !key.endsWith('/.broadsheet-deploy.json')).sort()) {
    const response = await fetch(`${endpoint()}/${bucket}/${key}`);
    objects.set(key.slice(prefix.length + 1), digest(new Uint8Array(await response.arrayBuffer())));
  }
  return objects;
}

const sorted = (map: Map<string, string>) => [...map].sort(([a], [b]) => (a < b ? -1 : 1));

beforeAll(async () => {
  rmSync(workDir, { recursive: true, force: true });
  cpSync('tests/fixtures/basic', contentDir, { recursive: true });
  for (const version of ['v1', 'v2'] as const) {
    if (version === 'v2') writeFileSync(edited.file, `${readFileSync(edited.file, 'utf8').trimEnd()}\n\n${edited.sentence}\n`);
    const build = siteBuild(name, contentDir);
    if (build.status !== 0) throw new Error(build.output);
    cpSync(build.outDir, builds[version].dir, { recursive: true });
    builds[version].build = build;
  }
  await startServer();
});

afterAll(async () => {
  await stopServer();
});

it('prints the size and file count of the build', () => {
  const files = filesBelow(builds.v1.dir).length;
  expect(builds.v1.build!.output).toMatch(new RegExp(`build output: ${files} files, \\d+\\.\\d MB`));
  expect(builds.v1.build!.output).not.toMatch(/too large for/);
});

it('deploys a whole build, then after one story is edited only the files whose bytes changed', async () => {
  const v1 = buildDigests(builds.v1.dir);
  const v2 = buildDigests(builds.v2.dir);
  requests = [];
  const first = await deploy(builds.v1.dir, 'site');
  expect(first.status, first.output).toBe(0);
  expect(summaryOf(first)).toBe(`uploaded ${v1.size}, deleted 0, unchanged 0`);
  expect(requests.filter((request) => request.startsWith('put site/') && !request.endsWith('.broadsheet-deploy.json'))).toHaveLength(v1.size);

  const changed = [...v2].filter(([file, bytes]) => v1.get(file) !== bytes).map(([file]) => file).sort();
  const vanished = [...v1.keys()].filter((file) => !v2.has(file)).sort();
  expect(changed).toContainEqual(expect.stringMatching(/\/city-story-05\/index\.html$/));
  expect(changed.length).toBeLessThan(v2.size / 2);

  // The CDN hooks: a command reading the paths on stdin and a URL they are POSTed to.
  const purgedFile = join(workDir, 'purged.txt');
  const posted: string[][] = [];
  const hook = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk)).on('end', () => {
      posted.push(JSON.parse(body) as string[]);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((done) => hook.listen(0, '127.0.0.1', done));
  requests = [];
  const second = await deploy(builds.v2.dir, 'site', {
    env: { DEPLOY_PURGE_COMMAND: `cat > '${purgedFile}'`, DEPLOY_PURGE_URL: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/purge` },
  });
  hook.close();
  expect(second.status, second.output).toBe(0);
  expect(summaryOf(second)).toBe(`uploaded ${changed.length}, deleted ${vanished.length}, unchanged ${v2.size - changed.length}`);
  const sent = requests.filter((request) => !request.endsWith('.broadsheet-deploy.json'));
  expect(sent.filter((request) => request.startsWith('put ')).map((request) => request.slice('put site/'.length)).sort()).toEqual(changed);
  expect(sent.filter((request) => request.startsWith('delete ')).map((request) => request.slice('delete site/'.length)).sort()).toEqual(vanished);

  // In order: fingerprinted files, other assets, pages, feeds and sitemaps, then deletions.
  const rank = (request: string) => {
    const path = request.replace(/^\w+ site\//, '');
    if (request.startsWith('delete ')) return 4;
    if (path.startsWith('_astro/') || /\.pf_\w+$/.test(path)) return 0;
    if (path.endsWith('.html')) return 2;
    return /\.xml$|feed\.json$|robots\.txt$/.test(path) ? 3 : 1;
  };
  const ranks = sent.map(rank);
  expect(ranks).toEqual([...ranks].sort());
  expect(new Set(ranks).size).toBeGreaterThanOrEqual(3);

  const purged = readFileSync(purgedFile, 'utf8').trimEnd().split('\n');
  expect(purged).toContainEqual(expect.stringMatching(/^\/2026\/10\/\d\d\/city-story-05\/$/));
  expect(purged).toContain('/rss.xml');
  expect(purged.filter((path) => path.startsWith('/_astro/') || /\.pf_\w+$/.test(path))).toEqual([]);
  expect(posted).toEqual([purged]);

  requests = [];
  const third = await deploy(builds.v2.dir, 'site');
  expect(third.status, third.output).toBe(0);
  expect(summaryOf(third)).toBe(`uploaded 0, deleted 0, unchanged ${v2.size}`);
  expect(requests.filter((request) => !request.endsWith('.broadsheet-deploy.json'))).toEqual([]);
});

it('serves every object over HTTP with its type, cache header and the bytes of the build', async () => {
  const files = filesBelow(builds.v2.dir);
  const seen = new Map<string, string>();
  for (const file of files) {
    const response = await fetch(`${endpoint()}/${bucket}/site/${file}`);
    expect(response.status, file).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(builds.v2.dir, file))), file).toBe(true);
    seen.set(file, `${response.headers.get('content-type')} | ${response.headers.get('cache-control')}`);
  }
  const year = 'public, max-age=31536000, immutable';
  const short = 'public, max-age=300';
  for (const [file, headers] of seen) {
    if (file.endsWith('.html')) expect(headers, file).toBe(`text/html; charset=utf-8 | ${short}`);
    if (file.endsWith('.css')) expect(headers, file).toBe(`text/css; charset=utf-8 | ${file.startsWith('_astro/') ? year : short}`);
    if (file.endsWith('.xml')) expect(headers, file).toBe(`application/xml; charset=utf-8 | ${short}`);
    if (file.endsWith('.webp')) expect(headers, file).toBe(`image/webp | ${year}`);
    if (file.endsWith('.png')) expect(headers, file).toBe(`image/png | ${short}`);
    if (/\.pf_\w+$/.test(file)) expect(headers, file).toBe(`application/octet-stream | ${year}`);
  }
  expect(seen.get('feed.json')).toBe(`application/json; charset=utf-8 | ${short}`);
  // The search code and an index's entry file, in a part of the vocabulary index (src/lib/search-index/vocabulary-index.ts).
  const entry = [...seen.keys()].find((file) => /^pagefind\/words\/[0-9a-f]\/pagefind-entry\.json$/.test(file))!;
  expect(seen.get(entry)).toBe(`application/json; charset=utf-8 | ${short}`);
  expect(seen.get(entry.replace('pagefind-entry.json', 'pagefind.js'))).toBe(`text/javascript; charset=utf-8 | ${short}`);
  expect(sorted(await bucketDigests('site'))).toEqual(sorted(buildDigests(builds.v2.dir)));
});

it("gives each redirect page (a story's alias) the story's path as its x-amz-website-redirect-location, and no other object one", async () => {
  const redirects = JSON.parse(readFileSync(join(builds.v2.dir, 'redirects.json'), 'utf8')) as Record<string, string>;
  // The fixture's story rates-and-quotes lists two old addresses: a folder and an .html file.
  expect(redirects).toEqual({
    '2022/07/theatre-bar-prices-a78410/index.html': '/2026/10/25/rates-and-quotes/',
    'culture/old-bar-prices.html': '/2026/10/25/rates-and-quotes/',
  });
  for (const file of filesBelow(builds.v2.dir).filter((file) => file.endsWith('.html'))) {
    const head = await client().send(new HeadObjectCommand({ Bucket: bucket, Key: `site/${file}` }));
    expect(head.WebsiteRedirectLocation, file).toBe(redirects[file]);
    const response = await fetch(`${endpoint()}/${bucket}/site/${file}`);
    expect(response.headers.get('x-amz-website-redirect-location') ?? undefined, file).toBe(redirects[file]);
  }
});

it('--dry-run prints what it would upload and delete and changes nothing', async () => {
  const v1 = buildDigests(builds.v1.dir);
  const v2 = buildDigests(builds.v2.dir);
  const toSend = [...v1].filter(([file, bytes]) => v2.get(file) !== bytes).map(([file]) => `site/${file}`).sort();
  const toDelete = [...v2.keys()].filter((file) => !v1.has(file)).map((file) => `site/${file}`).sort();
  requests = [];
  const run = await deploy(builds.v1.dir, 'site', { args: ['--dry-run'] });
  expect(run.status, run.output).toBe(0);
  expect(keysOf(run.lines, 'upload')).toEqual(toSend);
  expect(keysOf(run.lines, 'delete')).toEqual(toDelete);
  expect(summaryOf(run)).toBe(`dry run: uploaded ${toSend.length}, deleted ${toDelete.length}, unchanged ${v1.size - toSend.length}`);
  expect(requests).toEqual([]);
  expect(sorted(await bucketDigests('site'))).toEqual(sorted(v2));
});

it('finishes a deploy killed halfway, and one killed after it had overwritten pages', async () => {
  const v1 = buildDigests(builds.v1.dir);
  let uploads = 0;
  const killed = await deploy(builds.v1.dir, 'killed', {
    env: { DEPLOY_CONCURRENCY: '2' },
    onLine: (line, stop) => {
      if (line.startsWith('upload ') && ++uploads === 20) stop();
    },
  });
  expect(killed.status).toBeNull();
  const partial = await bucketDigests('killed');
  expect(partial.size).toBeGreaterThanOrEqual(20);
  expect(partial.size).toBeLessThan(v1.size);

  const rerun = await deploy(builds.v1.dir, 'killed');
  expect(rerun.status, rerun.output).toBe(0);
  // What the killed run sent is recognised by the digest kept with each object, not sent again. An upload
  // the server was still receiving when the client was killed may land after the listing above, so the
  // rerun can find more objects unchanged than that listing held, never fewer.
  const [, sent, unchanged] = /^uploaded (\d+), deleted 0, unchanged (\d+)$/.exec(summaryOf(rerun) ?? '') ?? [];
  expect(Number(unchanged)).toBeGreaterThanOrEqual(partial.size);
  expect(Number(sent) + Number(unchanged)).toBe(v1.size);
  expect(sorted(await bucketDigests('killed'))).toEqual(sorted(v1));

  // The next build's deploy is killed once it has sent new assets and a page; going back to the first build must undo both.
  const cut = await deploy(builds.v2.dir, 'killed', {
    env: { DEPLOY_CONCURRENCY: '1' },
    onLine: (line, stop) => {
      if (line.startsWith('upload ') && line.endsWith('.html')) stop();
    },
  });
  expect(cut.status).toBeNull();
  expect(sorted(await bucketDigests('killed'))).not.toEqual(sorted(v1));
  const back = await deploy(builds.v1.dir, 'killed');
  expect(back.status, back.output).toBe(0);
  expect(summaryOf(back)).toMatch(/^uploaded [1-9]\d*, deleted [1-9]\d*, unchanged \d+$/);
  expect(sorted(await bucketDigests('killed'))).toEqual(sorted(v1));
});

it('exits non-zero naming the failed keys when the server stops midway, and a second run finishes the job', async () => {
  const v2 = buildDigests(builds.v2.dir);
  let uploads = 0;
  let stopped: Promise<void> | undefined;
  const failed = await deploy(builds.v2.dir, 'stopped', {
    env: { DEPLOY_CONCURRENCY: '2' },
    onLine: (line) => {
      if (line.startsWith('upload ') && ++uploads === 10) stopped = stopServer();
    },
  });
  await stopped;
  expect(failed.status, failed.output).toBe(1);
  const failedKeys = keysOf(failed.lines.map((line) => line.replace(/^failed (\S+): .*$/, 'failed $1')), 'failed');
  expect(failedKeys.length).toBeGreaterThan(0);
  for (const key of failedKeys) expect(key).toMatch(/^stopped\//);
  expect(failed.lines.at(-2)).toMatch(/^Not finished: \d+ failed \(stopped\/.*\), \d+ not tried; run npm run deploy again to finish\.$/);
  expect(summaryOf(failed)).toMatch(/^uploaded \d+, deleted 0, unchanged 0, failed [1-9]\d*$/);

  await startServer();
  expect((await bucketDigests('stopped')).size).toBeLessThan(v2.size);
  const rerun = await deploy(builds.v2.dir, 'stopped');
  expect(rerun.status, rerun.output).toBe(0);
  expect(sorted(await bucketDigests('stopped'))).toEqual(sorted(v2));
});

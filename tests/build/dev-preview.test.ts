/**
 * `npm run dev` previews what production leaves out: drafts and embargoed
 * stories are served, listed and badged. (editor-desk.test.ts shows the
 * production build of the same tree holds no trace of them.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const port = Number(process.env.DESK_DEV_PORT ?? 4341);
const origin = `http://127.0.0.1:${port}`;
let server: ChildProcess;
let output = '';

async function waitForServer(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`astro dev exited with ${server.exitCode}:\n${output}`);
    try {
      // The first request can stall while Vite optimises dependencies; ask again rather than wait forever.
      if ((await fetch(`${origin}/`, { signal: AbortSignal.timeout(10_000) })).ok) return;
    } catch {
      // Not listening yet, or still starting.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`astro dev did not answer on ${origin} in time:\n${output}`);
}

/**
 * The variables Vitest sets for itself (VITEST, NODE_ENV=test, and Vite's MODE=test, DEV, PROD…) would make
 * the dev server run in test mode, where `import.meta.env.MODE` is not "development" and previews are off.
 */
function outsideVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^(?:VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL)$/.test(name)));
}

beforeAll(async () => {
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
    env: {
      ...outsideVitest(process.env),
      CONTENT_DIR: resolve('tests/fixtures/newsdesk'),
      ASTRO_CACHE_DIR: resolve('tests/.builds/desk/dev-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    // --ignore-lock: run beside an editor's own `astro dev`. Its own process group, so the server and anything it starts stop together.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  await waitForServer(Date.now() + 90_000);
});

afterAll(async () => {
  if (!server || server.exitCode !== null) return;
  const exited = once(server, 'exit');
  process.kill(-server.pid!, 'SIGTERM');
  await exited;
});

const get = async (path: string) => {
  const response = await fetch(`${origin}${path}`);
  return { status: response.status, html: await response.text() };
};

describe('astro dev on a tree with a draft and an embargoed story', () => {
  it('lists both on the front page, each badged', async () => {
    const { html } = await get('/');
    expect(html).toMatch(/Unfinished Draft About the River Port<\/a>\s*<strong class="badge badge--draft"[^>]*>Draft<\/strong>/);
    expect(html).toMatch(/Embargoed Budget Story for the Year 2099<\/a>\s*<strong class="badge badge--embargoed"[^>]*>Embargoed<\/strong>/);
    // Published stories carry no badge.
    expect(html).toMatch(/Tram Timetable Changes for the Winter<\/a>\s*<\/h/);
  });

  it('serves the draft\'s page, marked "Draft"', async () => {
    const { status, html } = await get('/2026/11/19/unfinished-draft-story/');
    expect(status).toBe(200);
    expect(html).toMatch(/<h1 class="article__headline"[^>]*>Unfinished Draft About the River Port<\/h1>/);
    expect(html).toMatch(/class="badge badge--draft"[^>]*>Draft</);
  });

  it('serves the embargoed story\'s page, marked "Embargoed"', async () => {
    const { status, html } = await get('/2099/01/01/embargoed-budget-story/');
    expect(status).toBe(200);
    expect(html).toContain('Embargoed Budget Story for the Year 2099');
    expect(html).toMatch(/class="badge badge--embargoed"[^>]*>Embargoed</);
  });

  it('previews the tags only unpublished stories use', async () => {
    expect((await get('/tags/draft-only-tag/')).status).toBe(200);
    expect((await get('/tags/embargo-only-tag/')).status).toBe(200);
  });
});

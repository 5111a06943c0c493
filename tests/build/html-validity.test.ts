/**
 * Every HTML page of a real build through the Nu Html Checker (vnu-jar, run
 * with Debian's Java): zero errors on every page type, the 404 page included.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { siteBuild, filesBelow, type BuildResult } from './site-build.ts';

const vnu = resolve('node_modules/vnu-jar/build/dist/vnu.jar');
let build: BuildResult;
let pages: string[];

beforeAll(() => {
  build = siteBuild('found-html', 'tests/fixtures/basic', { SITE_URL: 'https://broadsheet.example.com' });
  pages = filesBelow(build.outDir).filter((file) => file.endsWith('.html'));
});

it('builds every page type', () => {
  expect(build.status, build.output).toBe(0);
  const types = [
    'index.html',
    '2026/11/02/lead-with-photo/index.html',
    '2026/10/20/agency-wire-story/index.html',
    'news/index.html',
    'news/page/2/index.html',
    'tags/theatre/index.html',
    'authors/vera-ivanova/index.html',
    '404.html',
  ];
  expect(pages).toEqual(expect.arrayContaining(types));
});

it('passes the Nu Html Checker with zero errors on every page', () => {
  // Search and archive pages are checked too whenever the site has them: every built page is.
  const result = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...pages.map((page) => join(build.outDir, page))], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(result.error, 'install Java (Debian: apt-get install default-jre-headless)').toBeUndefined();
  const { messages } = JSON.parse(result.stderr) as { messages: Array<{ type: string; url: string; lastLine?: number; message: string }> };
  const errors = messages.filter((message) => message.type === 'error' || message.type === 'non-document-error');
  expect(errors.map((error) => `${error.url.slice(error.url.indexOf('/dist/') + 6)}:${error.lastLine ?? '?'} ${error.message}`)).toEqual([]);
  expect(result.status).toBe(0);
});

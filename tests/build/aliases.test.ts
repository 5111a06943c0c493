/**
 * A real build of the basic fixture, whose story rates-and-quotes lists two old
 * addresses (aliases): each is a redirect page to the story, left out of the
 * sitemap and the search index. A copy with an alias that is a live page's
 * address does not build.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, expect, it } from 'vitest';
import { siteBuild, filesBelow, type BuildResult } from './site-build.ts';

const origin = 'https://broadsheet.example.com';
const storyUrl = `${origin}/paper/2026/10/25/rates-and-quotes/`;
const redirectFiles = ['2022/07/theatre-bar-prices-a78410/index.html', 'culture/old-bar-prices.html'];
let build: BuildResult;
const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

beforeAll(() => {
  build = siteBuild('aliases', 'tests/fixtures/basic', { SITE_URL: origin, BASE_PATH: '/paper/' });
});

it('writes a redirect page at each alias that sends readers and crawlers to the story', () => {
  expect(build.status, build.output).toBe(0);
  for (const file of redirectFiles) {
    const html = read(file);
    expect(html, file).toContain(`<meta http-equiv="refresh" content="0; url=${storyUrl}">`);
    expect(html, file).toContain(`<link rel="canonical" href="${storyUrl}">`);
    expect(html, file).toContain(`<a href="${storyUrl}">Rates &amp; “Prices” &lt;Up&gt; at O’Neil’s Theatre Bar</a>`);
    expect(html, file).toContain('<meta name="robots" content="noindex">');
    expect(html, file).not.toMatch(/<script|<link rel="stylesheet"|<img|data-pagefind/);
  }
  expect(filesBelow(build.outDir)).toContain('2026/10/25/rates-and-quotes/index.html');
  expect(JSON.parse(read('redirects.json'))).toEqual(Object.fromEntries(redirectFiles.map((file) => [file, '/paper/2026/10/25/rates-and-quotes/'])));
});

it('leaves the redirect pages out of the sitemap, which lists the story', () => {
  const sitemap = read('sitemap-0.xml');
  expect(sitemap).toContain(`<loc>${storyUrl}</loc>`);
  expect(sitemap).not.toMatch(/a78410|old-bar-prices/);
});

it('leaves the redirect pages out of the search index, which holds the story', () => {
  // Pagefind's fragments are gzipped JSON after a signature, one per indexed page, in every bundle but the vocabulary index.
  const indexDir = join(build.outDir, 'pagefind');
  const fragments = filesBelow(indexDir).filter((file) => /^\d{4}-\d+\/fragment\//.test(file));
  expect(fragments.length).toBeGreaterThan(0);
  const urls = fragments.map((name) => {
    const text = gunzipSync(readFileSync(join(indexDir, name))).toString('utf8');
    return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
  });
  // Pagefind's URLs are below the site's base path, which its script adds.
  expect(urls).toContain('/2026/10/25/rates-and-quotes/');
  expect(urls.filter((url) => /a78410|old-bar-prices/.test(url))).toEqual([]);
});

it('does not build when an alias is the address of a live page, naming the file and the page', () => {
  const content = resolve('tests/.builds/aliases-clash/content');
  rmSync(content, { recursive: true, force: true });
  cpSync('tests/fixtures/basic', content, { recursive: true });
  const file = join(content, 'articles/2026/10/city-story-01.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, '---\naliases: [/2026/10/25/rates-and-quotes/]\n'));
  const clash = siteBuild('aliases-clash', content);
  expect(clash.status).not.toBe(0);
  expect(clash.output).toContain('city-story-01.md:2  aliases  alias /2026/10/25/rates-and-quotes/ is the address of the story in');
  expect(clash.output).toMatch(/the story in \S*rates-and-quotes\.md/);
});

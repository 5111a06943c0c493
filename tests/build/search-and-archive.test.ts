/**
 * A real build of the basic fixture: the Pagefind index bundles hold exactly
 * the article pages, with their filters, and the archive lists every story
 * under the month of its URL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteBuild, brokenInternalLinks, filesBelow, type BuildResult } from './site-build.ts';

const origin = 'https://broadsheet.example.com';
let build: BuildResult;
let files: string[];
let articlePages: string[];
const page = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

beforeAll(() => {
  build = siteBuild('paper-search-archive', 'tests/fixtures/basic', { SITE_URL: origin });
  files = filesBelow(build.outDir);
  articlePages = files.filter((file) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(file));
});

describe('the search index', () => {
  it('is written by the build, in bundles that count exactly the article pages, with the vocabulary index beside them', () => {
    expect(build.status, build.output).toBe(0);
    // The vocabulary index, in parts that each carry Pagefind's search code.
    const parts = JSON.parse(page('pagefind/words/shards.json')) as string[];
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) expect(files).toContain(`pagefind/words/${part}/pagefind.js`);
    const entries = files.filter((file) => /^pagefind\/\d{4}-\d+\/pagefind-entry\.json$/.test(file));
    const indexed = entries
      .map((file) => JSON.parse(page(file)) as { languages: Record<string, { page_count: number }> })
      .reduce((sum, entry) => sum + Object.values(entry.languages).reduce((count, language) => count + language.page_count, 0), 0);
    expect(articlePages.length).toBeGreaterThan(0);
    expect(indexed).toBe(articlePages.length);
    // Each bundle holds the stories of its quarter (src/lib/search-bundle.ts).
    const quarters = new Set(articlePages.map((file) => `${file.slice(0, 4)}-${Math.floor((Number(file.slice(5, 7)) - 1) / 3) + 1}`));
    expect(entries.map((file) => file.split('/')[1]).sort()).toEqual([...quarters].sort());
  });

  it('marks articles, and only articles, for indexing, with section and year filters and weighted headline and dek', () => {
    for (const file of files.filter((name) => name.endsWith('.html') && !name.startsWith('pagefind/'))) {
      const html = page(file);
      const isArticle = articlePages.includes(file);
      expect(html.includes('data-pagefind-body'), file).toBe(isArticle);
      if (!isArticle) continue;
      expect(html, file).toMatch(new RegExp(`data-pagefind-filter="year:${file.slice(0, 4)}"`));
      expect(html, file).toMatch(/<a [^>]*data-pagefind-filter="section"[^>]*>[^<]+<\/a>/);
      expect(html, file).toMatch(/<h1 [^>]*data-pagefind-weight="10"/);
      expect(html, file).toMatch(/<p [^>]*data-pagefind-meta="dek" data-pagefind-weight="5"/);
    }
  });
});

describe('the archive', () => {
  it('has a page for each month with stories, listing exactly that month’s stories', () => {
    const months = [...new Set(articlePages.map((file) => file.slice(0, 7)))];
    const monthPages = files.filter((file) => /^archive\/\d{4}\/\d{2}\/index\.html$/.test(file));
    expect(monthPages.map((file) => file.slice('archive/'.length, -'/index.html'.length)).sort()).toEqual(months.sort());
    for (const month of months) {
      const html = page(`archive/${month}/index.html`);
      const listed = [...html.matchAll(/class="story-card__headline"><a href="\/(\d{4}\/\d{2}\/\d{2}\/[^"]+)"/g)].map((match) => `${match[1]}index.html`);
      expect(listed.sort()).toEqual(articlePages.filter((file) => file.startsWith(month)).sort());
    }
    const index = page('archive/index.html');
    for (const month of months) expect(index).toContain(`href="/archive/${month}/"`);
  });

  it('and the search page leave no internal link unresolved', () => {
    expect(files).toContain('search/index.html');
    expect(brokenInternalLinks(build.outDir, origin)).toEqual([]);
  });
});

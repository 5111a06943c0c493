/**
 * A generated archive larger than one feed and one front page: the feed holds
 * exactly the newest stories, fronts paginate, and no link leads nowhere.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { siteBuild, brokenInternalLinks, filesBelow, type BuildResult } from './site-build.ts';

const stories = site.feedSize + 7;
const contentDir = resolve('tests/.builds/archive/content');
let build: BuildResult;

beforeAll(() => {
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(join(contentDir, 'articles'), { recursive: true });
  mkdirSync(join(contentDir, 'authors'), { recursive: true });
  writeFileSync(join(contentDir, 'sections.yaml'), '- { id: news, title: News, description: Daily news. }\n');
  writeFileSync(join(contentDir, 'authors', 'reporter.md'), '---\nname: A Reporter\n---\nBio.\n');
  for (let index = 0; index < stories; index++) {
    // One story a day at noon UTC, from 1 January 2026.
    const published = new Date(Date.UTC(2026, 0, 1 + index, 12)).toISOString().replace('.000Z', 'Z');
    writeFileSync(
      join(contentDir, 'articles', `story-${index}.md`),
      `---\ntitle: "Story ${index}"\ndescription: "Dek ${index}."\npublishedAt: ${published}\nsection: news\nauthors: [reporter]\ntags: [Topic ${index % 3}]\n---\nBody of story ${index}.\n`,
    );
  }
  build = siteBuild('archive', contentDir);
});

it('builds', () => {
  expect(build.status, build.output).toBe(0);
});

it(`keeps the newest ${site.feedSize} stories in the feed`, async () => {
  const feed = await new Parser().parseString(readFileSync(join(build.outDir, 'rss.xml'), 'utf8'));
  expect(feed.items.map((item) => item.title)).toEqual(
    Array.from({ length: site.feedSize }, (_, index) => `Story ${stories - 1 - index}`),
  );
});

it('paginates the section front', () => {
  const pages = filesBelow(join(build.outDir, 'news')).filter((file) => file.endsWith('index.html'));
  expect(pages).toHaveLength(Math.ceil(stories / site.pageSize));
});

it('leaves no internal link unresolved', () => {
  expect(brokenInternalLinks(build.outDir, site.url)).toEqual([]);
});

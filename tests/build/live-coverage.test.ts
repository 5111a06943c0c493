/**
 * Live coverage, built for real: a fixture with a running live story (one of
 * its updates under embargo until 2099), an ended one and a plain story; then
 * a second build, sharing the cache, after one update is added.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteBuild, brokenInternalLinks, filesBelow, type BuildResult } from './site-build.ts';

const origin = 'https://broadsheet.example.com';
const name = 'live-coverage';
const contentDir = resolve('tests/.builds', name, 'content');
const livePage = '2026/11/10/tram-strike-live/index.html';
const endedPage = '2026/10/20/awards-night-live/index.html';
const added = {
  file: join(contentDir, 'articles/2026/11/tram-strike-live/1800-deal.md'),
  text: '---\nat: 2026-11-10T18:00:00+03:00\ntitle: "Deal reached"\n---\nThe strike is over: a deal was signed at six.\n',
};
const builds: { result: BuildResult; files: Map<string, string>; seconds: number }[] = [];

/** Every text file of a build (pages, feeds, JSON, sitemaps) and its contents. */
const textFiles = (outDir: string) =>
  new Map(filesBelow(outDir).filter((file) => /\.(html|xml|json|txt)$/.test(file) && !file.startsWith('pagefind/')).map((file) => [file, readFileSync(join(outDir, file), 'utf8')]));

beforeAll(() => {
  rmSync(resolve('tests/.builds', name), { recursive: true, force: true });
  cpSync('tests/fixtures/live', contentDir, { recursive: true });
  const build = () => {
    const started = performance.now();
    const result = siteBuild(name, contentDir, { SITE_URL: origin });
    builds.push({ result, files: textFiles(result.outDir), seconds: (performance.now() - started) / 1000 });
  };
  build();
  writeFileSync(added.file, added.text);
  build();
  // A figure, not a target: how long the fixture's rebuild took after one update.
  console.log(`[live] fixture build ${builds[0]!.seconds.toFixed(1)} s; rebuild after one update ${builds[1]!.seconds.toFixed(1)} s`);
});

const first = (path: string) => builds[0]!.files.get(path) ?? '';
const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((match) => JSON.parse(match[1]!) as Record<string, unknown>);

describe('a live story', () => {
  it('builds, with no broken internal link', () => {
    for (const { result } of builds) expect(result.status, result.output).toBe(0);
    expect(brokenInternalLinks(builds[0]!.result.outDir, origin)).toEqual([]);
  });

  it('shows its updates newest first, each with its time, title, authors and a stable anchor', () => {
    const html = first(livePage);
    const anchors = [...html.matchAll(/<article class="live-update[^"]*" id="([^"]+)"/g)].map((match) => match[1]);
    expect(anchors).toEqual(['update-1400-talks', 'update-0915-buses', 'update-0630-depots']);
    expect(html).toContain('<a class="live-update__time" href="#update-1400-talks"><time datetime="2026-11-10T11:00:00.000Z">');
    expect(html).toContain('<h3 class="live-update__title">Talks resume at City Hall</h3>');
    expect(html).toMatch(/By <a href="\/authors\/vera-ivanova\/" rel="author">Vera Ivanova<\/a> and <a href="\/authors\/ilya-frolov\/"/);
    // The same anchors in the next build.
    expect(builds[1]!.files.get(livePage)).toContain('id="update-0915-buses"');
  });

  it('lists its key events in a box at the top, each a link to its update', () => {
    const html = first(livePage);
    const box = html.slice(html.indexOf('<nav class="key-updates"'), html.indexOf('</nav>', html.indexOf('<nav class="key-updates"')));
    expect([...box.matchAll(/href="(#[^"]+)"/g)].map((match) => match[1])).toEqual(['#update-1400-talks', '#update-0630-depots']);
    expect(html.indexOf('class="key-updates"')).toBeLessThan(html.indexOf('class="live-update'));
  });

  it('says LIVE while live, and "Coverage ended" with its time once ended; Updated is the newest update', () => {
    expect(first(livePage)).toContain('<strong class="badge badge--live">Live</strong>');
    expect(first(livePage)).toMatch(/Updated <time datetime="2026-11-10T11:00:00.000Z">/);
    expect(first(livePage)).not.toContain('Coverage ended');
    expect(first(endedPage)).not.toContain('badge--live');
    expect(first(endedPage)).toMatch(/Coverage ended <time datetime="2026-10-20T19:30:00.000Z">/);
    // The loader script runs only while coverage runs.
    expect(first(livePage)).toContain('data-live-updates="/2026/11/10/tram-strike-live/updates.json"');
    expect(first(endedPage)).not.toContain('data-live-updates');
  });

  it('describes itself as a LiveBlogPosting with one BlogPosting per update', () => {
    const [live] = jsonLd(first(livePage));
    expect(live).toMatchObject({ '@type': 'LiveBlogPosting', headline: 'Tram Drivers Strike: Live', coverageStartTime: '2026-11-10T03:00:00.000Z' });
    expect(live).not.toHaveProperty('coverageEndTime');
    const updates = live!.liveBlogUpdate as Record<string, unknown>[];
    expect(updates.map((update) => update.url)).toEqual(['1400-talks', '0915-buses', '0630-depots'].map((id) => `${origin}/2026/11/10/tram-strike-live/#update-${id}`));
    for (const update of updates) expect(Object.keys(update)).toEqual(expect.arrayContaining(['headline', 'datePublished', 'articleBody', 'url']));
    expect(jsonLd(first(endedPage))[0]).toMatchObject({ coverageEndTime: '2026-10-20T19:30:00.000Z' });
  });

  it('writes updates.json beside the page', () => {
    const json = JSON.parse(first('2026/11/10/tram-strike-live/updates.json')) as { live: boolean; updates: { id: string; html: string }[] };
    expect(json.live).toBe(true);
    expect(json.updates.map((update) => update.id)).toEqual(['update-1400-talks', 'update-0915-buses', 'update-0630-depots']);
    // The HTML is the page's own markup for the update.
    const onPage = first(livePage).match(/<article class="live-update[^"]*" id="update-0915-buses">[\s\S]*?<\/article>/)![0];
    expect(json.updates[1]!.html).toBe(onPage);
    expect(JSON.parse(first('2026/10/20/awards-night-live/updates.json')).live).toBe(false);
  });

  it('has its own RSS feed, linked from the page, one item per update with the permalink as guid', async () => {
    expect(first(livePage)).toContain(`<link rel="alternate" type="application/rss+xml" title="The Broadsheet Times: Tram Drivers Strike: Live" href="${origin}/2026/11/10/tram-strike-live/rss.xml">`);
    const feed = await new Parser().parseString(first('2026/11/10/tram-strike-live/rss.xml'));
    expect(feed.items.map((item) => item.guid)).toEqual(['1400-talks', '0915-buses', '0630-depots'].map((id) => `${origin}/2026/11/10/tram-strike-live/#update-${id}`));
    expect(feed.items[0]).toMatchObject({ title: 'Talks resume at City Hall', isoDate: '2026-11-10T11:00:00.000Z' });
    expect(feed.items[0]!['content:encoded']).toContain(`href="${origin}/tags/trams/"`);
  });

  it('is one story in the site, section and tag feeds, fronts and sitemaps, ordered by its newest update', async () => {
    for (const path of ['rss.xml', 'news/rss.xml', 'tags/trams/rss.xml']) {
      const feed = await new Parser().parseString(first(path));
      expect(feed.items.filter((item) => item.link?.includes('tram-strike-live')), path).toHaveLength(1);
    }
    // Published at 06:00, before the depot story (12:00), but updated at 14:00: it comes first while live.
    const front = first('news/index.html');
    expect(front.indexOf('tram-strike-live')).toBeLessThan(front.indexOf('depot-history'));
    expect(front).toMatch(/tram-strike-live\/">Tram Drivers Strike: Live<\/a>\s*<strong class="badge badge--live">Live<\/strong>/);
    expect(first('sitemap-0.xml')).toContain(`<loc>${origin}/2026/11/10/tram-strike-live/</loc><lastmod>2026-11-10T11:00:00.000Z</lastmod>`);
    expect(first('sitemap-0.xml')).not.toContain('updates.json');
    expect(first('sitemap-0.xml')).not.toMatch(/tram-strike-live\/[^<]/);
    expect(filesBelow(builds[0]!.result.outDir).filter((file) => file.includes('tram-strike-live/') && file.endsWith('.html'))).toEqual([livePage]);
  });

  it('leaves an update under embargo out of every page, feed and JSON', () => {
    for (const [file, text] of builds[0]!.files) {
      expect(text, file).not.toContain('zebrafinchembargo');
      expect(text, file).not.toContain('Secret embargoed update');
      expect(text, file).not.toContain('2099-embargoed');
    }
  });
});

describe('a rebuild after one update is added', () => {
  it('shows the new update first on the page, in updates.json and in the feed', () => {
    const second = (path: string) => builds[1]!.files.get(path) ?? '';
    expect(second(livePage).match(/<article class="live-update[^"]*" id="([^"]+)"/)?.[1]).toBe('update-1800-deal');
    expect(second(livePage)).toMatch(/Updated <time datetime="2026-11-10T15:00:00.000Z">/);
    expect(JSON.parse(second('2026/11/10/tram-strike-live/updates.json')).updates[0].id).toBe('update-1800-deal');
    expect(second('2026/11/10/tram-strike-live/rss.xml')).toContain('#update-1800-deal</guid>');
  });

  it('changes no page of a story that does not show it', () => {
    const changed = [...builds[1]!.files].filter(([file, text]) => builds[0]!.files.get(file) !== text).map(([file]) => file);
    expect(changed).toContain(livePage);
    expect(changed).not.toContain(endedPage);
    expect(changed).not.toContain('2026/11/10/depot-history/index.html');
  });
});

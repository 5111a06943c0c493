/**
 * The editor's desk, proven on real builds: every kind of mistake stops the
 * build on its own and is named; warnings never cost a story; drafts and
 * embargoed stories never reach production; corrections reach page and feed.
 */
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { runContentCheck } from '../../src/integrations/check-content-before-build.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { site } from '../../src/site.config.ts';
import { siteBuild, filesBelow, type BuildResult } from './site-build.ts';

const brokenTree = 'tests/fixtures/broken';
/** What every one-mistake tree shares: a section, an author, a valid story and the image files stories point at. */
const sharedFiles = ['sections.yaml', 'authors/vera-ivanova.md', 'articles/valid-story.md', 'articles/photo.jpg', 'articles/not-an-image.jpg'];

/** A tree of the shared files plus some broken ones, in its own folder below tests/.builds. */
function treeWith(name: string, articles: string[]): string {
  const dir = resolve('tests/.builds/desk/trees', name);
  rmSync(dir, { recursive: true, force: true });
  for (const file of [...sharedFiles, ...articles.map((article) => `articles/${article}`)]) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(brokenTree, file), join(dir, file));
  }
  return relative(process.cwd(), dir);
}

// Each mistake alone beside a valid story: [the broken files, where the report must point: "file:line  field"].
const mistakes: Array<[string[], string]> = [
  [['missing-title.md'], 'missing-title.md:2  title'],
  [['wrong-type.md'], 'wrong-type.md:7  draft'],
  [['impossible-date.md'], 'impossible-date.md:4  publishedAt'],
  [['date-without-offset.md'], 'date-without-offset.md:4  publishedAt'],
  [['updated-before-published.md'], 'updated-before-published.md:7  updatedAt'],
  [['unknown-section.md'], 'unknown-section.md:5  section'],
  [['unknown-author.md'], 'unknown-author.md:6  authors'],
  [['unknown-related.md'], 'unknown-related.md:7  related'],
  [['pins-itself.md'], 'pins-itself.md:7  related'],
  [['2025/duplicate-id.md', '2026/duplicate-id.md'], '2026/duplicate-id.md:1  file name'],
  [['Not_URL_Safe.md'], 'Not_URL_Safe.md:1  file name'],
  [['missing-image.md'], 'missing-image.md:8  image.src'],
  [['not-an-image.md'], 'not-an-image.md:8  image.src'],
  [['image-without-alt.md'], 'image-without-alt.md:7  image.alt'],
  [['body-image-without-alt.md'], 'body-image-without-alt.md:10  body'],
  [['body-image-missing.md'], 'body-image-missing.md:10  body'],
  [['body-image-not-an-image.md'], 'body-image-not-an-image.md:10  body'],
  [['malformed-yaml.md'], 'malformed-yaml.md:2  front matter'],
  [['broken-internal-link.md', 'missing-title.md'], 'broken-internal-link.md:8  body'],
  [['broken-tag-link.md'], 'broken-tag-link.md:8  body'],
  [['broken-author-link.md'], 'broken-author-link.md:8  body'],
  [['broken-section-link.md'], 'broken-section-link.md:8  body'],
  [['link-to-embargoed.md', 'embargoed-story.md'], 'link-to-embargoed.md:8  body'],
  [['empty-body.md'], 'empty-body.md:8  body'],
  [['unknown-field.md'], 'unknown-field.md:7  titel'],
  [['correction-before-published.md'], 'correction-before-published.md:8  corrections.0.at'],
  [['correction-without-offset.md'], 'correction-without-offset.md:8  corrections.0.at'],
  [['stray-story.markdown'], 'stray-story.markdown:1  file name'],
  [['.hidden/hidden-story.md'], '.hidden/hidden-story.md:1  file name'],
];

describe('every mistake stops the build on its own, naming file, line and field', () => {
  it('a tree of the shared files alone builds, so each stop below is the mistake\'s doing', () => {
    const build = siteBuild('desk/defect-none', treeWith('none', []));
    expect(build.status, build.output).toBe(0);
    expect(filesBelow(build.outDir)).toContain('2026/11/01/valid-story/index.html');
  });

  it.each(mistakes)('%j', (articles, where) => {
    const tree = treeWith(articles[0]!.replace(/[^a-z0-9]+/gi, '-'), articles);
    const build = siteBuild(`desk/defect-${articles[0]!.replace(/[^a-z0-9]+/gi, '-')}`, tree);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('The content has problems; nothing was built.');
    expect(build.output).toContain(`${tree}/articles/${where}`);
    expect(filesBelow(build.outDir).filter((file) => file.endsWith('.html'))).toEqual([]);
  });
});

describe('a build of a tree with warnings only', () => {
  const tree = 'tests/fixtures/warnings';
  let build: BuildResult;
  beforeAll(() => {
    build = siteBuild('desk/warnings', tree);
  });

  it('succeeds and prints every warning', () => {
    expect(build.status, build.output).toBe(0);
    const { problems } = runContentCheck(resolve(tree));
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(build.output).toContain(`${problem.file}:${problem.line}  ${problem.field}  ${problem.message}`);
  });

  it('still builds every article, the ones warned about included', () => {
    const { articles } = runContentCheck(resolve(tree));
    const files = filesBelow(build.outDir);
    expect(articles).toHaveLength(4);
    for (const { id, data } of articles) expect(files).toContain(`${articlePath(id, data.publishedAt, site.timeZone).slice(1)}index.html`);
    // The author with no stories still has a page, and the variant tag files under the one slug.
    expect(files).toContain('authors/oleg-silent/index.html');
    expect(files.filter((file) => file.startsWith('tags/space') && file.endsWith('.html'))).toEqual(['tags/space/index.html']);
  });
});

describe('a production build of the newsroom tree', () => {
  const tree = 'tests/fixtures/newsdesk';
  let build: BuildResult;
  let files: string[];
  const page = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
  beforeAll(() => {
    build = siteBuild('desk/newsdesk', tree);
    files = filesBelow(build.outDir);
  });

  it('builds, and lists the upcoming embargo', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain(`embargoed until 1 January 2099 at 09:00 (Europe/Moscow): ${tree}/articles/embargoed-budget-story.md`);
  });

  it('holds no trace of the draft or the embargoed story in any page, feed or file name', () => {
    const text = files.filter((file) => /\.(?:html|xml|json|txt)$/.test(file)).map((file) => `${file}\n${page(file)}`).join('\n');
    const names = files.join('\n');
    for (const trace of ['unfinished-draft-story', 'Unfinished Draft', 'draft-only-tag', 'Draft-only Tag', 'embargoed-budget-story', 'Embargoed Budget', 'embargo-only-tag', 'Embargo-only Tag']) {
      expect(text).not.toContain(trace);
      expect(names).not.toContain(trace);
    }
    expect(files).toContain('2026/11/21/tram-timetable/index.html');
  });

  it('prints the corrections, oldest first and dated, at the foot of the story, and says "Updated" with the newest', () => {
    const html = page('2026/11/20/metro-stations-open/index.html');
    const footer = html.slice(html.indexOf('<footer class="article__footer"'));
    const notice = footer.match(/<section class="corrections[^"]*"[\s\S]*?<\/section>/)?.[0];
    expect(notice).toBeDefined();
    expect(notice).toMatch(/<h2[^>]*>Corrections<\/h2>/);
    const items = [...notice!.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ''));
    expect(items).toEqual([
      '21 November 2026 at 10:00: An earlier version of this story gave the wrong number of stations.',
      '22 November 2026 at 11:15: The stations open at 6:00, not 5:30 as first reported.',
    ]);
    expect(html).toMatch(/Updated <time datetime="2026-11-22T08:15:00.000Z">/);
  });

  it('shows the newest correction in the story\'s feed item, and nothing in the others', () => {
    const feed = new XMLParser().parse(page('rss.xml'));
    const items = [feed.rss.channel.item].flat() as Array<{ link: string; description: string }>;
    const metro = items.find((item) => item.link.endsWith('/2026/11/20/metro-stations-open/'))!;
    expect(metro.description).toMatch(/^Correction \(22 November 2026 at 11:15\): The stations open at 6:00, not 5:30 as first reported\./);
    const tram = items.find((item) => item.link.endsWith('/2026/11/21/tram-timetable/'))!;
    expect(tram.description).not.toContain('Correction');
  });
});

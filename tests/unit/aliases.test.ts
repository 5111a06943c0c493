import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { articleSchema, authorSchema, sectionSchema } from '../../src/content.config.ts';
import { runContentCheck } from '../../src/integrations/check-content-before-build.ts';
import { aliasFile } from '../../src/lib/alias-path.ts';
import { aliasRedirects } from '../../src/lib/alias-redirects.ts';
import { checkContent } from '../../src/lib/content-check/check-content.ts';
import { storyRenames } from '../../src/lib/content-check/story-renames.ts';
import { parseMarkdown, type SourceFile } from '../../src/lib/content-tree.ts';
import { redirectPage } from '../../src/lib/redirect-page.ts';

const now = new Date('2026-11-23T12:00:00+03:00');
const story = (id: string, publishedAt: string, extra = '') =>
  parseMarkdown(`---\ntitle: "${id}"\ndescription: "Dek."\npublishedAt: ${publishedAt}\nsection: news\n${extra}---\nBody.\n`, resolve(`virtual/articles/${id}.md`));
const sections = parseMarkdown('---\n---\n', resolve('virtual/sections.yaml'));
sections.data = [{ id: 'news', title: 'News', description: 'News.' }];
const check = (articles: SourceFile[]) =>
  checkContent(
    { root: 'virtual', articles, authors: [parseMarkdown('---\nname: Vera\n---\n', resolve('virtual/authors/vera.md'))], sections, editions: [], unread: [], updates: [] },
    { article: articleSchema, author: authorSchema, section: sectionSchema },
    { timeZone: 'Europe/Moscow', now, staticPaths: ['/', '/rss.xml', '/search/'], reservedSectionIds: [], headlineLimit: 110, dekLimit: 300, embedHosts: [], maxImagePixels: 40_000_000 },
  );
const aliasProblems = (articles: SourceFile[]) => check(articles).problems.filter((problem) => problem.field === 'aliases');
const withAliases = (...aliases: string[]) => `aliases:\n${aliases.map((alias) => `  - "${alias}"\n`).join('')}`;

describe('the aliases field', () => {
  it('normalises a path to its trailing slash, and keeps a .html path as the file it names', () => {
    const { articles, problems } = check([story('moved', '2026-11-01T09:00:00+03:00', `authors: [vera]\n${withAliases('/2022/07/26/russia-to-exit-iss-a78410', '/old/story.html', '/kept/')}`)]);
    expect(problems).toEqual([]);
    expect(articles[0]!.data.aliases).toEqual(['/2022/07/26/russia-to-exit-iss-a78410/', '/old/story.html', '/kept/']);
    expect(articles[0]!.data.aliases.map(aliasFile)).toEqual(['2022/07/26/russia-to-exit-iss-a78410/index.html', 'old/story.html', 'kept/index.html']);
  });

  it.each([
    ['old/story', 'starting with "/"'],
    ['https://example.com/old/', 'starting with "/"'],
    ['//example.com/old/', 'starting with "/"'],
    ['/old/?id=5', 'query'],
    ['/old/#top', 'fragment'],
    ['/old/../secret/', '".."'],
    ['/old//story/', 'empty'],
    ['/old story/', 'no spaces'],
    ['/', 'home page'],
  ])('rejects %s', (alias, words) => {
    const [problem] = check([story('moved', '2026-11-01T09:00:00+03:00', withAliases(alias))]).problems;
    expect(problem).toMatchObject({ severity: 'error', field: 'aliases.0', line: 7 });
    expect(problem!.message).toContain(words);
  });
});

describe('aliases that clash', () => {
  it('rejects an alias that is a live page: a story, a front, a tag, an author, a later front page, an archive month, a site route', () => {
    const taken = ['/2026/11/01/other/', '/news/', '/tags/metro/', '/authors/vera/', '/news/page/2/', '/archive/2026/11/', '/search/', '/rss.xml', '/_astro/x/', '/2026/11/01/other/card.png'];
    const problems = aliasProblems([story('moved', '2026-11-01T09:00:00+03:00', withAliases(...taken)), story('other', '2026-11-01T10:00:00+03:00', 'tags: [Metro]\n')]);
    expect(problems.map((problem) => [problem.severity, problem.line, problem.message])).toEqual(
      [
        'the story in virtual/articles/other.md',
        'the front of section "news"',
        'the page of tag "Metro"',
        'the page of author "vera"',
        'a later page of the front of section "news"',
        'an archive month',
        "the site's own page /search/",
        "the site's own page /rss.xml",
        "the build's own folder /_astro/",
        'the folder of the story in virtual/articles/other.md',
      ].map((what, index) => ['error', 7 + index, `alias ${taken[index]!.replace(/([^/])$/, '$1/')} is the address of ${what}`]),
    );
  });

  it("rejects another story's alias, naming both files, and warns about one listed twice", () => {
    const problems = aliasProblems([
      story('first', '2026-11-01T09:00:00+03:00', withAliases('/old/a/', '/old/a')),
      story('second', '2026-11-01T10:00:00+03:00', withAliases('/old/a/')),
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'virtual/articles/first.md', line: 8, message: 'alias /old/a/ is listed twice' }),
      expect.objectContaining({
        severity: 'error',
        file: 'virtual/articles/second.md',
        line: 7,
        message: 'alias /old/a/ is also an alias of the story in virtual/articles/first.md',
        hint: 'an old address can lead to one story only; remove it from virtual/articles/second.md or from virtual/articles/first.md',
      }),
    ]);
  });
});

describe('the redirect page', () => {
  const [redirect] = aliasRedirects([{ title: 'Rates & "Prices" <Up>', path: '/2026/10/25/rates/', aliases: ['/old/rates.html'] }], { url: 'https://news.example', basePath: '/paper/' });
  const page: Root = fromHtml(redirectPage(redirect!));
  const elements = (node: Root | Element): Element[] => node.children.flatMap((child) => (child.type === 'element' ? [child, ...elements(child)] : []));
  const all = elements(page);
  const attribute = (tag: string, name: string, value: string) => all.find((element) => element.tagName === tag && String(element.properties[name]) === value);

  it('is written at the alias and redirects to the story under the base path', () => {
    expect(redirect).toMatchObject({ file: 'old/rates.html', location: '/paper/2026/10/25/rates/', url: 'https://news.example/paper/2026/10/25/rates/' });
  });

  it('refreshes to the story at once, names it canonical, links to it and asks not to be indexed', () => {
    expect(attribute('meta', 'httpEquiv', 'refresh')!.properties.content).toBe('0; url=https://news.example/paper/2026/10/25/rates/');
    expect(all.find((element) => element.tagName === 'link' && String(element.properties.rel) === 'canonical')!.properties.href).toBe('https://news.example/paper/2026/10/25/rates/');
    const link = all.find((element) => element.tagName === 'a')!;
    expect(link.properties.href).toBe('https://news.example/paper/2026/10/25/rates/');
    expect(link.children).toEqual([expect.objectContaining({ value: 'Rates & "Prices" <Up>' })]);
    expect(attribute('meta', 'name', 'robots')!.properties.content).toBe('noindex');
  });

  it('carries nothing else: no script, stylesheet or image, and nothing search indexes', () => {
    expect(all.map((element) => element.tagName).sort()).toEqual(['a', 'body', 'head', 'html', 'link', 'meta', 'meta', 'meta', 'p', 'title']);
    expect(all.filter((element) => Object.keys(element.properties).some((name) => name.startsWith('dataPagefind')))).toEqual([]);
  });
});

describe('a renamed story', () => {
  const git = (cwd: string, ...args: string[]) => {
    const result = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2026-11-10T12:00:00Z', GIT_COMMITTER_DATE: '2026-11-10T12:00:00Z' } });
    if (result.status !== 0) throw new Error(result.stderr);
  };
  const sectionsYaml = '- { id: news, title: News, description: "News." }\n';
  const text = (publishedAt: string, extra = '') => `---\ntitle: Moved\ndescription: Dek.\npublishedAt: ${publishedAt}\nsection: news\n${extra}---\nBody.\n`;
  /** A content tree in a fresh git repository, with `before` renamed to `after` in the second commit; the check's rename problems. */
  function renamed(publishedAt: string, extra = '', { repository = true } = {}) {
    const root = mkdtempSync(join(tmpdir(), 'broadsheet-rename-'));
    try {
      mkdirSync(join(root, 'content/articles/2026'), { recursive: true });
      writeFileSync(join(root, 'content/sections.yaml'), sectionsYaml);
      writeFileSync(join(root, 'content/articles/2026/old-name.md'), text(publishedAt));
      if (repository) {
        git(root, 'init', '-q');
        git(root, '-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-qm', 'one', '--allow-empty');
        git(root, 'add', '.');
        git(root, '-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-qm', 'add');
        git(root, 'mv', 'content/articles/2026/old-name.md', 'content/articles/2026/new-name.md');
        git(root, '-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-qm', 'rename');
      } else {
        writeFileSync(join(root, 'content/articles/2026/new-name.md'), text(publishedAt));
        rmSync(join(root, 'content/articles/2026/old-name.md'));
      }
      writeFileSync(join(root, 'content/articles/2026/new-name.md'), text(publishedAt, extra));
      return {
        renames: storyRenames(join(root, 'content/articles')),
        problems: runContentCheck(join(root, 'content'), now).problems.filter((problem) => problem.field === 'aliases'),
      };
    } finally {
      rmSync(root, { recursive: true });
    }
  }

  it('is found in git history with one call, paths relative to the articles folder', () => {
    expect(renamed('2026-11-01T09:00:00+03:00').renames).toEqual([{ from: '2026/old-name.md', to: '2026/new-name.md', at: new Date('2026-11-10T12:00:00Z') }]);
  });

  it('earns a warning naming the old address to add, when it was published before the rename', () => {
    expect(renamed('2026-11-01T09:00:00+03:00').problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'aliases',
        message: 'renamed from 2026/old-name.md after it was published: its old address /2026/11/01/old-name/ no longer works',
        hint: 'add the old address to aliases, and it redirects here: aliases: [/2026/11/01/old-name/]',
      }),
    ]);
  });

  it('is quiet once the old address is an alias, when it was renamed before it came out, and outside a git work tree', () => {
    expect(renamed('2026-11-01T09:00:00+03:00', 'aliases: [/2026/11/01/old-name/]\n').problems).toEqual([]);
    expect(renamed('2026-11-12T09:00:00+03:00').problems).toEqual([]);
    expect(renamed('2026-11-01T09:00:00+03:00', '', { repository: false })).toEqual({ renames: [], problems: [] });
  });
});

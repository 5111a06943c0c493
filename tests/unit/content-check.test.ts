import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runContentCheck } from '../../src/integrations/check-content-before-build.ts';
import { articleSchema, authorSchema, sectionSchema } from '../../src/content.config.ts';
import { checkContent } from '../../src/lib/content-check/check-content.ts';
import { formatEmbargoes } from '../../src/lib/content-check/format-embargoes.ts';
import { formatProblems } from '../../src/lib/content-check/format-problems.ts';
import type { Problem } from '../../src/lib/content-check/problems.ts';
import { parseMarkdown, type SourceFile } from '../../src/lib/content-tree.ts';

// A fixed clock: the fixtures' embargoes are judged against it, not against the day the tests run.
const now = new Date('2026-11-23T12:00:00+03:00');
const broken = runContentCheck(resolve('tests/fixtures/broken'), now);
/** A fixture story by name; names with an extension are other files in the articles folder. */
const file = (name: string) => `tests/fixtures/broken/articles/${/\.[a-z]+$/.test(name) ? name : `${name}.md`}`;
const problemsOf = (name: string) => broken.problems.filter((problem) => problem.file === file(name));

// One broken story per mistake: file, line, field and the words of the message.
const expected: Array<[string, number, string, RegExp]> = [
  ['missing-title', 2, 'title', /is required/],
  ['wrong-type', 7, 'draft', /must be a boolean, not string "yes"/],
  ['impossible-date', 4, 'publishedAt', /2022-13-45 has no month 13/],
  ['date-without-offset', 4, 'publishedAt', /ISO 8601 date-time with a UTC offset/],
  ['updated-before-published', 7, 'updatedAt', /is before publishedAt/],
  ['unknown-section', 5, 'section', /unknown section "sport"/],
  ['unknown-author', 6, 'authors', /unknown author "nobody-at-all"/],
  ['unknown-related', 7, 'related', /unknown article "no-such-story"/],
  ['pins-itself', 7, 'related', /cannot pin itself/],
  ['2026/duplicate-id', 1, 'file name', /duplicate article id "duplicate-id"/],
  ['2025/duplicate-id', 1, 'file name', /duplicate article id "duplicate-id"/],
  ['Not_URL_Safe', 1, 'file name', /"Not_URL_Safe" is not URL-safe/],
  ['missing-image', 8, 'image.src', /nowhere\.jpg does not exist/],
  ['not-an-image', 8, 'image.src', /not-an-image\.jpg is not a JPEG/],
  ['image-without-alt', 7, 'image.alt', /is required/],
  ['malformed-yaml', 2, 'front matter', /is not valid YAML/],
  ['broken-internal-link', 8, 'body', /link \/2026\/01\/01\/does-not-exist\/ leads nowhere/],
  ['empty-body', 8, 'body', /is empty/],
  ['unknown-field', 7, 'titel', /is not a known field/],
  ['body-image-without-alt', 10, 'body', /image \.\/photo\.jpg has no alt text/],
  ['body-image-missing', 10, 'body', /nowhere-in-the-body\.jpg does not exist/],
  ['body-image-not-an-image', 10, 'body', /not-an-image\.jpg is not a JPEG/],
  ['broken-tag-link', 8, 'body', /link \/tags\/no-such-tag\/ leads nowhere/],
  ['broken-author-link', 8, 'body', /link \/authors\/nobody-at-all\/ leads nowhere/],
  ['broken-section-link', 8, 'body', /link \/sport\/ leads nowhere/],
  ['link-to-embargoed', 8, 'body', /link \/2099\/01\/01\/embargoed-story\/ leads nowhere/],
  ['correction-before-published', 8, 'corrections.0.at', /is before publishedAt/],
  ['correction-without-offset', 8, 'corrections.0.at', /ISO 8601 date-time with a UTC offset/],
  ['stray-story.markdown', 1, 'file name', /must end in \.md/],
  ['.hidden/hidden-story.md', 1, 'file name', /is hidden/],
];

describe('content check on a tree full of mistakes', () => {
  it.each(expected)('%s.md: line %i, field %s', (name, line, field, message) => {
    const problems = problemsOf(name);
    expect(problems, JSON.stringify(broken.problems, null, 1)).toContainEqual(
      expect.objectContaining({ severity: 'error', line, field, message: expect.stringMatching(message) }),
    );
  });

  it('lists every problem in one run, each with a hint where a fix is known', () => {
    const erroneous = new Set(broken.problems.filter((p) => p.severity === 'error').map((p) => p.file));
    for (const [name] of expected) expect(erroneous).toContain(file(name));
    const hinted = (name: string, field: string) => problemsOf(name).find((p) => p.field === field)?.hint;
    expect(hinted('unknown-section', 'section')).toBe('use one of: news');
    expect(hinted('unknown-field', 'titel')).toBe('did you mean "title"?');
    expect(hinted('missing-title', 'title')).toMatch(/^add title: /);
    expect(hinted('2026/duplicate-id', 'file name')).toMatch(/rename one of the files/);
  });

  it('names both files of a duplicate id', () => {
    const [duplicate] = problemsOf('2026/duplicate-id');
    expect(duplicate!.message).toContain(file('2025/duplicate-id'));
    expect(duplicate!.message).toContain(file('2026/duplicate-id'));
  });

  it('reports a link to a story with a mistake of its own only at that story', () => {
    const linkProblems = problemsOf('broken-internal-link').filter((problem) => problem.field === 'body');
    expect(linkProblems.map((problem) => problem.message)).toEqual(['link /2026/01/01/does-not-exist/ leads nowhere']);
  });

  it('finds nothing wrong with the valid stories, embargoed or not', () => {
    expect(problemsOf('valid-story')).toEqual([]);
    expect(problemsOf('embargoed-story')).toEqual([]);
  });

  it('reports exactly the planted mistakes, one per broken file (two for the duplicate id)', () => {
    expect(broken.problems.filter((p) => p.severity === 'error')).toHaveLength(expected.length);
  });

  it('says when a linked story will be out, and points at the stray file\'s right name', () => {
    expect(problemsOf('link-to-embargoed')[0]!.hint).toMatch(/"embargoed-story" is embargoed until 1 January 2099/);
    expect(problemsOf('stray-story.markdown')[0]!.hint).toBe('rename it to stray-story.md');
    expect(problemsOf('body-image-without-alt')[0]!.hint).toBe('write ![What the picture shows](./photo.jpg)');
  });

  it('lists upcoming embargoes, soonest first, and forgets them once their time has come', () => {
    expect(broken.embargoes.map((story) => story.id)).toEqual(['embargoed-story']);
    expect(formatEmbargoes(broken.embargoes, 'Europe/Moscow')).toBe(
      `embargoed until 1 January 2099 at 09:00 (Europe/Moscow): ${file('embargoed-story')}  "A Story That Waits for Its Time"`,
    );
    const later = runContentCheck(resolve('tests/fixtures/broken'), new Date('2099-01-01T06:00:00Z'));
    expect(later.embargoes).toEqual([]);
    // Once the story is out, the link to it is fine.
    expect(later.problems.filter((p) => p.file === file('link-to-embargoed'))).toEqual([]);
  });

  it('prints path:line  field  message  (hint), then a count', () => {
    const problems: Problem[] = [
      { severity: 'error', file: 'a.md', line: 3, field: 'section', message: 'unknown section "x"', hint: 'use one of: news' },
      { severity: 'warning', file: 'b.md', line: 2, field: 'title', message: 'is 120 characters long' },
    ];
    expect(formatProblems(problems)).toBe(
      'a.md:3  section  unknown section "x"  (use one of: news)\nwarning b.md:2  title  is 120 characters long\n1 error, 1 warning',
    );
  });
});

describe('content check on a valid tree', () => {
  it('reports no errors', () => {
    const { problems } = runContentCheck(resolve('tests/fixtures/basic'), now);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });
});

describe('content check on a tree with only warnings', () => {
  const { problems } = runContentCheck(resolve('tests/fixtures/warnings'), now);
  const at = (path: string) => `tests/fixtures/warnings/${path}`;

  it('warns about long headlines and deks, tag spellings and silent authors, and reports no error', () => {
    expect(problems.map(({ severity, file, line, field }) => ({ severity, file, line, field }))).toEqual([
      { severity: 'warning', file: at('articles/2026/11/long-dek.md'), line: 3, field: 'description' },
      { severity: 'warning', file: at('articles/2026/11/long-headline.md'), line: 2, field: 'title' },
      { severity: 'warning', file: at('articles/2026/11/tag-case-variant.md'), line: 6, field: 'tags' },
      { severity: 'warning', file: at('authors/oleg-silent.md'), line: 1, field: 'author' },
    ]);
  });

  it('hints at what to do with an author without stories', () => {
    expect(problems.find((p) => p.field === 'author')!.hint).toBe('add authors: [oleg-silent] to a story, or delete this file if they no longer write for you');
  });

  it('hints at the spelling the site shows for the tag', () => {
    const variant = problems.find((p) => p.field === 'tags')!;
    expect(variant.message).toBe('tag "space" is spelled "Space" elsewhere');
    expect(variant.hint).toBe('write "Space"');
  });
});

// In-memory trees: the rules between stories need no files on disk.
const story = (id: string, publishedAt: string, body: string, extra = '') =>
  parseMarkdown(
    `---\ntitle: "${id}"\ndescription: "Dek."\npublishedAt: ${publishedAt}\nsection: news\n${extra}---\n${body}\n`,
    resolve(`virtual/articles/${id}.md`),
  );
const check = (articles: SourceFile[]) =>
  checkContent(
    { root: 'virtual', articles, updates: [], authors: [], sections: undefined, editions: [], unread: [] },
    { article: articleSchema, author: authorSchema, section: sectionSchema },
    { timeZone: 'Europe/Moscow', now, staticPaths: ['/'], reservedSectionIds: [], headlineLimit: 110, dekLimit: 300, embedHosts: [], maxImagePixels: 40_000_000 },
  );

describe('links between stories released at different times', () => {
  const main = (body: string, publishedAt = '2026-12-01T09:00:00+03:00', extra = '') => story('main-story', publishedAt, body, extra);
  const sidebar = story('sidebar', '2026-12-01T08:00:00+03:00', 'Sidebar.');
  const linkErrors = (articles: SourceFile[]) => check(articles).problems.filter((p) => p.file.endsWith('main-story.md') && p.field === 'body');

  it('lets an embargoed story link to one that is out by the time it is', () => {
    expect(linkErrors([main('See [the sidebar](/2026/12/01/sidebar/).'), sidebar])).toEqual([]);
  });

  it('lets an embargoed story link to the tag page it brings, and not a story that is out', () => {
    const link = 'More on [the new line](/tags/metro-line/).';
    const tagged = (id: string, publishedAt: string) => story(id, publishedAt, 'Body.', 'tags: [Metro line]\n');
    expect(linkErrors([main(link), tagged('sidebar', '2026-12-01T08:00:00+03:00')])).toEqual([]);
    expect(linkErrors([main(link, '2026-11-20T09:00:00+03:00'), tagged('sidebar', '2026-12-01T08:00:00+03:00')])).toHaveLength(1);
    expect(linkErrors([story('main-story', '2026-12-01T09:00:00+03:00', link, 'tags: [Metro line]\n')])).toEqual([]);
  });

  it('stops a story that is out, or out sooner, from linking to one still under embargo', () => {
    const link = 'See [the sidebar](/2026/12/01/sidebar/).';
    expect(linkErrors([main(link, '2026-11-20T09:00:00+03:00'), sidebar])).toHaveLength(1);
    expect(linkErrors([main(link, '2026-12-01T07:00:00+03:00'), sidebar])).toHaveLength(1);
  });

  it('does not let a draft link to another draft', () => {
    const draftSidebar = story('sidebar', '2026-12-01T08:00:00+03:00', 'Sidebar.', 'draft: true\n');
    expect(linkErrors([main('See [the sidebar](/2026/12/01/sidebar/).', undefined, 'draft: true\n'), draftSidebar])[0]!.hint).toBe('"sidebar" is a draft');
  });
});

describe('pinned stories that are not out yet', () => {
  it('warns about a pinned story under embargo, with the time it appears, and not about one that is out', () => {
    const pinning = story('pinning', '2026-11-20T09:00:00+03:00', 'Body.', 'related: [later, earlier]\n');
    const later = story('later', '2026-12-01T09:00:00+03:00', 'Body.');
    const earlier = story('earlier', '2026-11-01T09:00:00+03:00', 'Body.');
    const warnings = check([pinning, later, earlier]).problems.filter((p) => p.field === 'related');
    expect(warnings).toEqual([
      expect.objectContaining({ severity: 'warning', line: 6, message: '"later" is under embargo and is left out until a build after 1 December 2026 at 09:00' }),
    ]);
  });
});

/** The check's problems for a content tree written to a temporary folder: path → file text. */
function checkFiles(files: Record<string, string>): Problem[] {
  const root = mkdtempSync(join(tmpdir(), 'broadsheet-check-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  try {
    return runContentCheck(root, now).problems;
  } finally {
    rmSync(root, { recursive: true });
  }
}

describe('files the build would skip', () => {
  it('names a story saved as plain text, with the name to give it', () => {
    const problems = checkFiles({ 'sections.yaml': '- { id: news, title: News, description: Daily. }\n', 'articles/story.md.txt': 'Text', 'articles/notes.txt': 'Text' });
    expect(problems.filter((p) => p.field === 'file name').map((p) => [p.file.replace(/^.*[\\/]/, ''), p.hint])).toEqual([
      ['notes.txt', 'rename it to notes.md'],
      ['story.md.txt', 'rename it to story.md'],
    ]);
  });
});

describe('sections.yaml', () => {
  it("refuses section ids taken by the site's own folders", () => {
    const problems = checkFiles({ 'sections.yaml': ['news', 'tags', 'pagefind', '404'].map((id) => `- { id: "${id}", title: T, description: D }`).join('\n') });
    expect(problems.filter((p) => p.message.includes('is taken by a page of the site itself')).map((p) => p.message.split('"')[1])).toEqual(['tags', 'pagefind', '404']);
  });
});

describe('a file with a mistake of its own', () => {
  it('is reported once, at that file, not again at every story that refers to it', () => {
    const problems = checkFiles({
      'sections.yaml': '- { id: news, title: News, description: Daily. }\n- { id: culture, titel: Culture, description: Arts. }\n',
      'authors/nameless.md': '---\nrole: Reporter\n---\n',
      'articles/dated-wrongly.md': '---\ntitle: "Dated wrongly"\ndescription: "Dek."\npublishedAt: 2026-02-30T09:00:00+03:00\nsection: news\n---\nBody.\n',
      'articles/referring.md':
        '---\ntitle: "Referring"\ndescription: "Dek."\npublishedAt: 2026-11-20T09:00:00+03:00\nsection: culture\nauthors: [nameless]\n---\nSee [the other story](/2026/02/30/dated-wrongly/).\n',
    });
    expect(problems.map((p) => [p.file.replace(/^.*broadsheet-check-[^/]+\//, ''), p.field])).toEqual(
      expect.arrayContaining([['sections.yaml', 'title'], ['authors/nameless.md', 'name'], ['articles/dated-wrongly.md', 'publishedAt']]),
    );
    expect(problems.filter((p) => p.file.endsWith('referring.md'))).toEqual([]);
    // Hints fit the kind of file: a section's title, an author's name from the file name.
    expect(problems.find((p) => p.field === 'title')!.hint).toBe('add title: News');
    expect(problems.find((p) => p.field === 'name')!.hint).toBe('add name: Nameless');
  });
});

describe('hints for a value of the wrong type', () => {
  const hintFor = (extra: string, field: string) =>
    check([story('typed', '2026-11-20T09:00:00+03:00', 'Body.', extra)]).problems.find((p) => p.field === field)?.hint;

  it('reads "no" as false and "yes" as true, not the other way round', () => {
    expect(hintFor('draft: no\n', 'draft')).toBe('write draft: false, without quotes');
    expect(hintFor('draft: "Yes"\n', 'draft')).toBe('write draft: true, without quotes');
  });

  it('turns a single value into a list of it', () => {
    expect(hintFor('authors: dmitry-sokolov\n', 'authors')).toBe('write authors: [dmitry-sokolov]');
  });
});

describe('npm run check', () => {
  const run = (tree: string) =>
    spawnSync(process.execPath, ['scripts/check.ts'], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: resolve(tree) } });

  it('exits 1 on errors, after listing them all, the count and the embargoes', () => {
    const result = run('tests/fixtures/broken');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('tests/fixtures/broken/articles/unknown-section.md:5  section  unknown section "sport"  (use one of: news)');
    expect(result.stdout).toMatch(/^\d+ errors, 0 warnings$/m);
    // Every story file is counted, the broken ones too (not the .markdown one or the one in a dot folder, which the build skips).
    const stories = readdirSync('tests/fixtures/broken/articles', { recursive: true }).filter((name) => String(name).endsWith('.md') && !String(name).startsWith('.'));
    expect(result.stdout).toContain(`\n${stories.length} articles checked\n`);
    expect(result.stdout).toContain('embargoed until 1 January 2099 at 09:00 (Europe/Moscow): tests/fixtures/broken/articles/embargoed-story.md');
  });

  it('exits 0 with warnings only', () => {
    const result = run('tests/fixtures/warnings');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^0 errors, 4 warnings$/m);
  });
});

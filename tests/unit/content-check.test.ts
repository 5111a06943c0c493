import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runContentCheck } from '../../src/integrations/content-check.ts';
import { formatProblems, type Problem } from '../../src/lib/content-check.ts';

const broken = runContentCheck(resolve('tests/fixtures/broken'));
const file = (name: string) => `tests/fixtures/broken/articles/${name}.md`;
const problemsOf = (name: string) => broken.problems.filter((problem) => problem.file === file(name));

// One broken story per mistake: file, line, field and the words of the message.
const expected: Array<[string, number, string, RegExp]> = [
  ['missing-title', 2, 'title', /is required/],
  ['wrong-type', 7, 'draft', /must be a boolean, not string "yes"/],
  ['impossible-date', 4, 'publishedAt', /ISO 8601 date-time with a UTC offset/],
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

  it('finds nothing wrong with the one valid story', () => {
    expect(problemsOf('valid-story')).toEqual([]);
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
    const { problems } = runContentCheck(resolve('tests/fixtures/basic'));
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });
});

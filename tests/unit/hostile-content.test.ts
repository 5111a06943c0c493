/**
 * The content check on a tree written as a hostile or careless contributor
 * would (tests/fixtures/hostile): every finding of issue 19 that must stop a
 * build is an error naming its file, line, field and what is wrong.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runContentCheck } from '../../src/integrations/check-content-before-build.ts';

const now = new Date('2026-11-23T12:00:00+03:00');
const { problems } = runContentCheck(resolve('tests/fixtures/hostile'), now);
const at = (path: string) => `tests/fixtures/hostile/${path}`;
const problemsOf = (path: string) => problems.filter((problem) => problem.file === at(path));
const expectProblem = (path: string, line: number, field: string, message: RegExp, severity = 'error') =>
  expect(problemsOf(path), JSON.stringify(problems, null, 1)).toContainEqual(expect.objectContaining({ severity, line, field, message: expect.stringMatching(message) }));

describe('raw HTML in bodies and bios (finding 1)', () => {
  it.each([
    [10, /^<script> is not allowed$/],
    [12, /^the onerror attribute on <img> is not allowed$/],
    [14, /^an embed from evil\.example is not allowed$/],
    [16, /^<form> is not allowed$/],
    [18, /^<object> is not allowed$/],
    [20, /^<meta> is not allowed$/],
    [22, /^<base> is not allowed$/],
    [24, /^<style> is not allowed$/],
    [26, /^a javascript: URL in <a href> is not allowed$/],
    [28, /^a data: URL in <img src> is not allowed$/],
    [30, /^a vbscript: URL in <a href> is not allowed$/],
    [32, /^the style attribute on <p> is not allowed$/],
  ])('raw-html.md:%i is an error: %s', (line, message) => expectProblem('articles/raw-html.md', line, 'body', message));

  it('names the embed hosts in the hint', () => {
    const embed = problemsOf('articles/raw-html.md').find((problem) => problem.line === 14)!;
    expect(embed.hint).toContain('www.youtube-nocookie.com, player.vimeo.com, datawrapper.dwcdn.net, flo.uri.sh, t.me');
  });

  it('checks author bios by the same policy', () => {
    expectProblem('authors/vera-ivanova.md', 4, 'body', /^the onerror attribute on <img> is not allowed$/);
    expectProblem('authors/vera-ivanova.md', 6, 'body', /^<script> is not allowed$/);
  });
});

describe('HTML comments (finding 2)', () => {
  it('warns where one is, as a note readers never see', () => {
    expectProblem('articles/editors-note.md', 10, 'body', /^an HTML comment is not published$/, 'warning');
    expect(problemsOf('articles/editors-note.md').filter((problem) => problem.severity === 'error')).toEqual([]);
  });
});

describe('symbolic links (findings 3 and 10)', () => {
  it('refuses a linked story and a linked folder, which the build would otherwise follow', () => {
    expectProblem('articles/linked-story.md', 1, 'file name', /is a symbolic link/);
    expectProblem('articles/notes', 1, 'file name', /is a symbolic link/);
  });

  it('refuses an image outside the content folder, through ../ or through a link', () => {
    expectProblem('articles/image-outside.md', 8, 'body', /^image photo\.png is outside the content folder$/);
    expectProblem('articles/image-through-link.md', 8, 'body', /^image linked-photo\.png is a symbolic link/);
  });
});

describe('image size (finding 4)', () => {
  it('refuses an image over the pixel limit, as hero and in the body, naming the file', () => {
    expectProblem('articles/huge-image.md', 8, 'image.src', /^image huge\.png is 7000 × 6000 pixels, over the limit of 40 megapixels$/);
    expectProblem('articles/huge-image.md', 11, 'body', /^image huge\.png is 7000 × 6000 pixels/);
  });
});

describe('control characters (finding 5)', () => {
  it.each([
    [2, 'title', /U\+0007 BEL/],
    [3, 'description', /U\+000B vertical tab/],
    [6, 'location', /U\+0000 NUL/],
    [9, 'body', /U\+001B ESC/],
    [10, 'body', /U\+FFFE/],
  ])('control-characters.md:%i names the field %s and the character', (line, field, message) =>
    expectProblem('articles/control-characters.md', line, field, message));

  it('hints at Word for a vertical tab', () => {
    expect(problemsOf('articles/control-characters.md').find((problem) => problem.line === 3)!.hint).toMatch(/Word/);
  });
});

describe('encoding (finding 6)', () => {
  it('refuses a file that is not UTF-8, at the line of its first bad byte', () => {
    expectProblem('articles/not-utf8.md', 9, 'file', /is not UTF-8/);
  });
});

describe('tags (finding 7)', () => {
  it('keeps C, C# and C++ apart, and reports different tags that would share a page', () => {
    const tagErrors = problems.filter((problem) => problem.field === 'tags');
    expect(tagErrors).toHaveLength(1);
    expect(tagErrors[0]!.message).toBe(
      `tag "C#" would share the page /tags/c-sharp/ with the different tag "C-Sharp" of ${at('articles/tag-c-sharp-spelled-out.md')}`,
    );
    expect(tagErrors[0]!.file).toBe(at('articles/tag-c-sharp.md'));
  });
});

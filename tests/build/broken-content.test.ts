import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteBuild } from './site-build.ts';

describe('a build of a tree full of mistakes', () => {
  const build = siteBuild('broken', 'tests/fixtures/broken');

  it('fails before writing any page', () => {
    expect(build.status).not.toBe(0);
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
  });

  it('names every broken file, line and field in one run', () => {
    const expected = [
      'articles/missing-title.md:2  title  is required',
      'articles/wrong-type.md:7  draft  must be a boolean',
      'articles/impossible-date.md:4  publishedAt  2022-13-45 has no month 13',
      'articles/date-without-offset.md:4  publishedAt',
      'articles/updated-before-published.md:7  updatedAt  is before publishedAt',
      'articles/unknown-section.md:5  section  unknown section "sport"',
      'articles/unknown-author.md:6  authors  unknown author "nobody-at-all"',
      'articles/unknown-related.md:7  related  unknown article "no-such-story"',
      'articles/pins-itself.md:7  related  an article cannot pin itself',
      'articles/2025/duplicate-id.md:1  file name  duplicate article id',
      'articles/Not_URL_Safe.md:1  file name',
      'articles/missing-image.md:8  image.src',
      'articles/not-an-image.md:8  image.src',
      'articles/image-without-alt.md:7  image.alt  is required',
      'articles/malformed-yaml.md:2  front matter  is not valid YAML',
      'articles/broken-internal-link.md:8  body  link /2026/01/01/does-not-exist/ leads nowhere',
      'articles/empty-body.md:8  body  is empty',
      'articles/unknown-field.md:7  titel  is not a known field',
    ];
    for (const line of expected) expect(build.output).toContain(`tests/fixtures/broken/${line}`);
    expect(build.output).toMatch(/30 errors/);
  });

  it('ends with the count of problems, not a stack trace into the check', () => {
    expect(build.output.trimEnd()).toMatch(/\n\d+ errors, \d+ warnings$/);
    expect(build.output).not.toContain('Stack trace');
  });
});

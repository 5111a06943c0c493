import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { articleSchema } from '../../src/content.config.ts';
import { runContentCheck } from '../../src/integrations/check-content-before-build.ts';
import { planNewStory, storyId, zonedTimestamp } from '../../src/lib/new-story.ts';
import { site } from '../../src/site.config.ts';

const content = {
  sectionIds: ['news', 'culture'],
  authorIds: ['vera-ivanova', 'ilya-frolov'],
  stories: new Map([['metro-fares-rise', 'content/articles/2026/10/metro-fares-rise.md']]),
};
const request = { headline: 'Metro Opens Three Stations', section: 'news', authors: ['vera-ivanova'], now: new Date('2026-11-30T22:30:00Z'), timeZone: 'Europe/Moscow' };

describe('a new story, planned', () => {
  it('makes a URL-safe id from the headline', () => {
    expect(storyId("Moscow's Metro: Three New Stations Open!")).toBe('moscows-metro-three-new-stations-open');
    // Cyrillic is transliterated by GOST 7.79-2000 System B.
    expect(storyId('Café «Пушкин» reopens — 2027')).toBe('cafe-pushkin-reopens-2027');
    expect(storyId('Старый Новый год')).toBe('staryj-novyj-god');
    expect(storyId('Россия выйдет из МКС после 2024 года')).toBe('rossiya-vyjdet-iz-mks-posle-2024-goda');
    expect(storyId('上海 今天')).toBe('');
    const long = storyId('A very long headline that goes on and on about the many things that happened in the city council today');
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toMatch(/^a-very-long-headline-[a-z-]+[a-z]$/);
  });

  it('writes the time in the newsroom zone with its offset', () => {
    expect(zonedTimestamp(new Date('2026-11-30T22:30:00Z'), 'Europe/Moscow')).toBe('2026-12-01T01:30:00+03:00');
    expect(zonedTimestamp(new Date('2026-07-01T12:00:00Z'), 'America/New_York')).toBe('2026-07-01T08:00:00-04:00');
    expect(zonedTimestamp(new Date('2026-07-01T12:00:00Z'), 'UTC')).toBe('2026-07-01T12:00:00+00:00');
  });

  it('files the story under the year and month of its local date', () => {
    const story = planNewStory(request, content);
    expect(story).toMatchObject({ ok: true, id: 'metro-opens-three-stations', path: 'articles/2026/12/metro-opens-three-stations.md' });
  });

  it('writes every field, each with a comment, as a draft published now', () => {
    const story = planNewStory(request, content);
    if (!story.ok) throw new Error(story.error);
    const frontMatter = story.text.split('---\n')[1]!;
    const data = parseYaml(frontMatter) as Record<string, unknown>;
    expect(data).toMatchObject({ title: 'Metro Opens Three Stations', publishedAt: '2026-12-01T01:30:00+03:00', section: 'news', authors: ['vera-ivanova'], draft: true });
    const lines = frontMatter.trimEnd().split('\n');
    // Every field of the content model, so a new field cannot be left out of the template unnoticed.
    const fields = Object.keys(articleSchema({ image: () => z.string() } as never).shape);
    expect(fields).toContain('corrections');
    for (const field of fields) {
      const index = lines.findIndex((line) => line.replace(/^# /, '').startsWith(`${field}:`));
      expect(index, field).toBeGreaterThan(0);
      // The line above each field explains it (commented-out optional fields sit under their own explanation).
      expect(lines[index - 1], field).toMatch(/^# [A-Z]/);
    }
  });

  it('refuses an unknown section or author, listing the valid ones', () => {
    expect(planNewStory({ ...request, section: 'sport' }, content)).toEqual({ ok: false, error: 'unknown section "sport"; use one of: news, culture' });
    expect(planNewStory({ ...request, authors: ['nobody'] }, content)).toEqual({ ok: false, error: 'unknown author "nobody"; use one of: vera-ivanova, ilya-frolov' });
  });

  it('refuses an id another story has, in any folder, and a headline it cannot make an id from', () => {
    const taken = planNewStory({ ...request, headline: 'Metro Fares Rise' }, content);
    expect(taken).toMatchObject({ ok: false, error: expect.stringContaining('content/articles/2026/10/metro-fares-rise.md already has the id "metro-fares-rise"') });
    expect(planNewStory({ ...request, headline: '上海 今天' }, content)).toMatchObject({ ok: false, error: expect.stringContaining('--id') });
    expect(planNewStory({ ...request, headline: 'Старый Новый год', id: 'old-new-year' }, content)).toMatchObject({ ok: true, id: 'old-new-year' });
  });
});

describe('npm run new, on a copy of a content tree', () => {
  const tree = mkdtempSync(join(tmpdir(), 'broadsheet-new-'));
  cpSync(resolve('tests/fixtures/basic'), tree, { recursive: true });
  afterAll(() => rmSync(tree, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/new.ts', ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: tree } });

  it('writes a draft into CONTENT_DIR that passes the content check', () => {
    const result = run('Trams Return to the Boulevard Ring', '--section', 'news', '--author', 'vera-ivanova');
    expect(result.status, result.stderr).toBe(0);
    const { year, month } = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', { timeZone: site.timeZone, year: 'numeric', month: '2-digit' }).formatToParts(new Date()).map((p) => [p.type, p.value]),
    );
    const path = join(tree, 'articles', year!, month!, 'trams-return-to-the-boulevard-ring.md');
    expect(readFileSync(path, 'utf8')).toContain('title: "Trams Return to the Boulevard Ring"');
    const { problems, articles } = runContentCheck(tree);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(articles.find((a) => a.id === 'trams-return-to-the-boulevard-ring')?.data.draft).toBe(true);

    // Published as it is, the template's stand-in dek and body are errors, each at its line.
    writeFileSync(path, readFileSync(path, 'utf8').replace('draft: true', 'draft: false'));
    const published = runContentCheck(tree).problems.filter((p) => p.file.endsWith('trams-return-to-the-boulevard-ring.md'));
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(published.map((p) => [p.field, lines[p.line - 1]])).toEqual([
      ['description', 'description: "Write the dek here."'],
      ['body', 'Write the story here. Subheadings start with `##`.'],
    ]);
    rmSync(path);
  });

  it('refuses to overwrite an existing story', () => {
    const existing = join(tree, 'articles', '2026', '10', 'city-story-01.md');
    const before = readFileSync(existing, 'utf8');
    const result = run('City Story 01', '--section', 'news');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('already has the id "city-story-01"');
    expect(readFileSync(existing, 'utf8')).toBe(before);
  });

  it('refuses an unknown section or author and names the valid ones', () => {
    const section = run('A Story', '--section', 'sport');
    expect(section.status).toBe(1);
    expect(section.stderr).toContain('unknown section "sport"; use one of: news, culture');
    const author = run('A Story', '--section', 'news', '--author', 'nobody');
    expect(author.status).toBe(1);
    expect(author.stderr).toContain('unknown author "nobody"; use one of: ilya-frolov, vera-ivanova');
    expect(existsSync(join(tree, 'articles', 'a-story.md'))).toBe(false);
  });

  it('asks for a section when none is given', () => {
    const result = run('A Story');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('give a section with --section; use one of: news, culture');
  });
});

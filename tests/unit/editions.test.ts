import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runContentCheck } from '../../src/integrations/check-content-before-build.ts';
import { alternates } from '../../src/lib/alternates.ts';
import { editionFolderOf, editionParam, editionsProblem, inEdition, languageOfFile } from '../../src/lib/editions.ts';
import { buildNewsroom, linkTranslations } from '../../src/lib/newsroom.ts';

const now = new Date('2026-11-23T12:00:00+03:00');
const roots: string[] = [];

/** A content tree on disk with a Russian edition, checked as the build checks it. */
function checkTree(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'broadsheet-editions-'));
  roots.push(root);
  const all = {
    'sections.yaml': '- { id: news, title: News, description: "Daily reporting." }\n',
    'ru/sections.yaml': '- { id: novosti, title: Новости, description: "Главное за день." }\n',
    'articles/metro.md': story('Metro', 'news'),
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return runContentCheck(root, now).problems;
}
const story = (title: string, section: string, extra = '') =>
  `---\ntitle: "${title}"\ndescription: "Dek."\npublishedAt: 2026-11-20T09:30:00+03:00\nsection: ${section}\n${extra}---\nBody.\n`;
const errors = (problems: { severity: string; field: string; message: string; file: string }[]) =>
  problems.filter((problem) => problem.severity === 'error').map(({ file, field, message }) => `${file.replace(/^.*broadsheet-editions-[^/]+\//, '')}  ${field}  ${message}`);

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('the content check on editions', () => {
  it('accepts a translation of a default edition story, filed in its own edition’s section', () => {
    expect(errors(checkTree({ 'ru/articles/metro-ru.md': story('Метро', 'novosti', 'translationOf: metro\n') }))).toEqual([]);
  });

  it('reads each edition’s sections apart', () => {
    expect(errors(checkTree({ 'ru/articles/metro-ru.md': story('Метро', 'news') }))).toEqual(['ru/articles/metro-ru.md  section  unknown section "news"']);
  });

  it('rejects a translation of an unknown story', () => {
    expect(errors(checkTree({ 'ru/articles/metro-ru.md': story('Метро', 'novosti', 'translationOf: no-such-story\n') }))).toEqual([
      'ru/articles/metro-ru.md  translationOf  unknown story "no-such-story"',
    ]);
  });

  it('rejects a translation that points into its own edition', () => {
    expect(
      errors(
        checkTree({
          'ru/articles/metro-ru.md': story('Метро', 'novosti', 'translationOf: metro\n'),
          'ru/articles/metro-ru-2.md': story('Метро-2', 'novosti', 'translationOf: metro-ru\n'),
          'articles/other.md': story('Other', 'news', 'translationOf: metro\n'),
        }),
      ),
    ).toEqual([
      'articles/other.md  translationOf  "metro" is in the same edition as this story',
      'ru/articles/metro-ru-2.md  translationOf  "metro-ru" is in the same edition as this story',
    ]);
  });

  it('rejects two translations of one story into one edition, naming both files', () => {
    const found = errors(
      checkTree({
        'ru/articles/metro-ru.md': story('Метро', 'novosti', 'translationOf: metro\n'),
        'ru/articles/metro-again.md': story('Снова метро', 'novosti', 'translationOf: metro\n'),
      }),
    );
    expect(found).toHaveLength(2);
    for (const line of found) expect(line).toMatch(/translationOf {2}"metro" has 2 translations in this edition: .*metro-again\.md and .*metro-ru\.md/);
  });

  it('rejects a folder that is no edition of the site', () => {
    expect(errors(checkTree({ 'de/sections.yaml': '- { id: news, title: Nachrichten, description: "Täglich." }\n' }))).toEqual([
      'de  edition  folder "de" is not an edition of the site',
    ]);
  });

  it('keeps tags apart per edition, and a Cyrillic tag apart from its look-alike', () => {
    expect(
      errors(
        checkTree({
          'articles/metro.md': story('Metro', 'news', 'tags: [Kraj]\n'),
          'ru/articles/a.md': story('А', 'novosti', 'tags: [Край]\n'),
          'ru/articles/b.md': story('Б', 'novosti', 'tags: [Краи]\n'),
        }),
      ),
    ).toEqual([]);
  });
});

describe('edition settings and paths', () => {
  const editions = [
    { id: 'en', language: 'en', name: 'Daily', description: 'News.', path: '/' },
    { id: 'ru', language: 'ru', name: 'Ежедневная', description: 'Новости.', path: '/ru/' },
  ];

  it('put the default edition at the root and another below its path', () => {
    expect(inEdition('/news/', editions[0]!)).toBe('/news/');
    expect(inEdition('/news/', editions[1]!)).toBe('/ru/news/');
    expect(editionParam(editions[0]!)).toBeUndefined();
    expect(editionParam(editions[1]!)).toBe('ru');
  });

  it('find a file’s edition and language from its folder', () => {
    expect(editionFolderOf('/c', '/c/ru/articles/2026/x.md')).toBe('ru');
    expect(editionFolderOf('/c', '/c/articles/2026/x.md')).toBe('');
    expect(languageOfFile('/c', editions, '/c/ru/articles/x.md')).toBe('ru');
    expect(languageOfFile('/c', editions, '/c/articles/x.md')).toBe('en');
    expect(languageOfFile('/c', editions, undefined)).toBe('en');
  });

  it('allow a newsroom of one edition in Russian, and refuse a list without the default at /', () => {
    expect(editionsProblem([{ ...editions[1]!, path: '/' }])).toBeUndefined();
    expect(editionsProblem([editions[1]!])).toMatch(/must have path "\/"/);
    expect(editionsProblem([editions[0]!, { ...editions[1]!, path: '/ru/news/' }])).toMatch(/one segment/);
    expect(editionsProblem([editions[0]!, { ...editions[1]!, id: 'en' }])).toMatch(/two editions have the id "en"/);
  });

  it('give a page with translations every version by language and x-default for the original', () => {
    expect(alternates({ edition: 'ru', language: 'ru', path: '/ru/a/' }, [{ edition: 'en', language: 'en', path: '/a/' }], 'en')).toEqual([
      { hreflang: 'en', path: '/a/' },
      { hreflang: 'ru', path: '/ru/a/' },
      { hreflang: 'x-default', path: '/a/' },
    ]);
    expect(alternates({ edition: 'en', language: 'en', path: '/a/' }, [], 'en')).toEqual([]);
  });
});

describe('a newsroom per edition', () => {
  const author = { id: 'anna', data: { name: 'Anna Volkova', names: { ru: 'Анна Волкова' }, role: 'Correspondent', roles: { ru: 'корреспондент' } } };
  const article = (id: string, title: string, extra = {}) => ({
    id,
    body: 'Text.',
    data: { title, description: 'Dek.', publishedAt: new Date('2026-11-20T06:30:00Z'), section: 'news', tags: ['Космос'], authors: ['anna'], related: [], draft: false, corrections: [], aliases: [], ...extra },
  });
  const options = { timeZone: 'Europe/Moscow', now, includeUnpublished: false, related: {} };
  const sections = [{ id: 'news', data: { title: 'News', description: 'd' } }];
  const english = buildNewsroom({ articles: [article('metro', '"Metro" opens')], authors: [author], sections }, options);
  const russian = buildNewsroom({ articles: [article('metro-ru', '"Метро" открыто', { translationOf: 'metro' })], authors: [author], sections }, { ...options, edition: { path: '/ru/', language: 'ru' } });
  linkTranslations([
    { id: 'en', language: 'en', stories: english.stories },
    { id: 'ru', language: 'ru', stories: russian.stories },
  ]);

  it('names authors, quotes headlines and places pages in the edition’s language', () => {
    expect(russian.authors[0]).toMatchObject({ name: 'Анна Волкова', role: 'корреспондент', path: '/ru/authors/anna/' });
    expect(english.authors[0]).toMatchObject({ name: 'Anna Volkova', role: 'Correspondent', path: '/authors/anna/' });
    expect(russian.stories[0]).toMatchObject({ title: '«Метро» открыто', path: '/ru/2026/11/20/metro-ru/' });
    expect(russian.tags[0]).toMatchObject({ slug: 'kosmos', path: '/ru/tags/kosmos/' });
    expect(english.stories[0]!.title).toBe('“Metro” opens');
  });

  it('links translations both ways', () => {
    expect(russian.stories[0]!.translations).toEqual([{ edition: 'en', language: 'en', path: '/2026/11/20/metro/', title: '“Metro” opens' }]);
    expect(english.stories[0]!.translations).toEqual([{ edition: 'ru', language: 'ru', path: '/ru/2026/11/20/metro-ru/', title: '«Метро» открыто' }]);
  });

  it('serves a Russian-only newsroom from the root: its default edition’s language is a setting', () => {
    const russianOnly = buildNewsroom(
      { articles: [article('metro', '"Метро" открыто')], authors: [{ id: 'anna', data: { name: 'Анна Волкова', role: 'корреспондент' } }], sections },
      { ...options, edition: { path: '/', language: 'ru' } },
    );
    expect(russianOnly.stories[0]).toMatchObject({ title: '«Метро» открыто', path: '/2026/11/20/metro/' });
    expect(russianOnly.authors[0]).toMatchObject({ name: 'Анна Волкова', role: 'корреспондент', path: '/authors/anna/' });
    expect(languageOfFile('/c', [{ id: 'ru', language: 'ru', name: 'Газета', description: 'Новости.', path: '/' }], '/c/articles/x.md')).toBe('ru');
  });
});

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runContentCheck } from '../../../src/integrations/check-content-before-build.ts';
import { planNewUpdate, placeholderUpdateBody } from '../../../src/lib/live/new-update.ts';
import { parseMarkdown } from '../../../src/lib/content-tree.ts';

const now = new Date('2026-12-02T12:00:00+03:00');
const root = mkdtempSync(join(tmpdir(), 'broadsheet-live-check-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files: Record<string, string> = {
  'sections.yaml': '- { id: news, title: News, description: "News." }\n',
  'authors/vera.md': '---\nname: Vera\n---\nBio.\n',
  'articles/storm-live.md': '---\ntitle: "Storm"\ndescription: "Dek."\npublishedAt: 2026-12-01T07:00:00+03:00\nsection: news\nauthors: [vera]\nlive: true\n---\nIntro.\n',
  'articles/storm-live/0600-too-early.md': '---\nat: 2026-12-01T06:00:00+03:00\n---\nBefore the story.\n',
  'articles/storm-live/0800-a.md': '---\nat: 2026-12-01T08:00:00+03:00\n---\nOne.\n',
  'articles/storm-live/0800-b.md': '---\nat: 2026-12-01T08:00:00+03:00\nauthors: [nobody]\n---\nTwo.\n',
  'articles/storm-live/0900-link.md': '---\nat: 2026-12-01T09:00:00+03:00\ntitel: "Typo"\n---\nSee [this](/2026/01/01/no-such-story/).\n',
  'articles/storm-live/1000-empty.md': '---\nat: 2026-12-01T10:00:00+03:00\n---\n',
  'articles/storm-live/1100-fine.md': `---\nat: 2026-12-01T11:00:00+03:00\nkey: true\n---\nLinks to [the story](/2026/12/01/storm-live/).\n`,
  'articles/storm-live/1200-template.md': `---\nat: 2026-12-01T12:00:00+03:00\n---\n${placeholderUpdateBody}\n`,
  'articles/storm-live/1300-script.md': '---\nat: 2026-12-01T13:00:00+03:00\n---\nA note.\n\n<script>alert(1)</script>\n',
  'articles/storm-live/2099-later.md': '---\nat: 2099-01-01T09:00:00+03:00\ntitle: "Later"\n---\nNot yet.\n',
  'articles/not-live.md': '---\ntitle: "Not live"\ndescription: "Dek."\npublishedAt: 2026-11-30T07:00:00+03:00\nsection: news\nauthors: [vera]\nliveEndedAt: 2026-11-30T09:00:00+03:00\n---\nBody.\n',
  'articles/not-live/0800.md': '---\nat: 2026-11-30T08:00:00+03:00\n---\nAn update of a story that is not live.\n',
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}
const result = runContentCheck(root, now);
const at = (name: string) => relative(process.cwd(), join(root, 'articles', name));
const problemsOf = (name: string) => result.problems.filter((problem) => problem.file === at(name)).map(({ line, field, message }) => ({ line, field, message }));

describe('the content check on live updates', () => {
  it('reads updates as updates, not as stories', () => {
    expect(result.articles.map((article) => article.id).sort()).toEqual(['not-live', 'storm-live']);
    expect(result.updates.map((update) => update.storyId)).toContain('storm-live');
  });

  it('reports an update before the story is published', () => {
    expect(problemsOf('storm-live/0600-too-early.md')).toEqual([{ line: 2, field: 'at', message: expect.stringMatching(/is before the story's publishedAt/) }]);
  });

  it('reports two updates with the same time, each naming the other', () => {
    expect(problemsOf('storm-live/0800-a.md')).toEqual([{ line: 2, field: 'at', message: expect.stringContaining('0800-b.md') }]);
    expect(problemsOf('storm-live/0800-b.md')).toContainEqual({ line: 2, field: 'at', message: expect.stringContaining('0800-a.md') });
  });

  it('reports an unknown author, an unknown field, a link that leads nowhere, an empty body and the template text', () => {
    expect(problemsOf('storm-live/0800-b.md')).toContainEqual({ line: 3, field: 'authors', message: 'unknown author "nobody"' });
    expect(problemsOf('storm-live/0900-link.md')).toEqual(
      expect.arrayContaining([
        { line: 3, field: 'titel', message: 'is not a known field' },
        { line: 5, field: 'body', message: 'link /2026/01/01/no-such-story/ leads nowhere' },
      ]),
    );
    expect(problemsOf('storm-live/1000-empty.md')).toEqual([{ line: 4, field: 'body', message: 'is empty' }]);
    expect(problemsOf('storm-live/1200-template.md')).toEqual([{ line: 4, field: 'body', message: expect.stringMatching(/stand-in text/) }]);
  });

  it('holds an update body to the body policy, like a story body', () => {
    expect(problemsOf('storm-live/1300-script.md')).toEqual([{ line: 6, field: 'body', message: expect.stringMatching(/script.*is not allowed/) }]);
  });

  it('passes a valid update, whose link to its own story resolves', () => {
    expect(problemsOf('storm-live/1100-fine.md')).toEqual([]);
  });

  it('lists an update under embargo with the stories under embargo', () => {
    expect(problemsOf('storm-live/2099-later.md')).toEqual([]);
    expect(result.embargoes).toEqual([{ id: 'storm-live/2099-later', file: at('storm-live/2099-later.md'), title: 'Later', publishedAt: new Date('2099-01-01T06:00:00Z') }]);
  });

  it('reports a folder of updates beside a story that is not live, and an ended coverage that never ran', () => {
    expect(problemsOf('not-live.md')).toEqual(
      expect.arrayContaining([
        { line: 2, field: 'live', message: 'has a folder of updates (not-live/) but is not a live story' },
        { line: 7, field: 'liveEndedAt', message: 'is set on a story that is not live' },
      ]),
    );
  });
});

describe('npm run new -- --update', () => {
  const stories = new Map([
    ['storm-live', { path: 'content/articles/2026/12/storm-live.md', live: true }],
    ['plain', { path: 'content/articles/2026/12/plain.md', live: false }],
  ]);
  const request = { storyId: 'storm-live', title: 'Bridge: "closed" to traffic', now: new Date('2026-12-01T06:45:00Z'), timeZone: 'Europe/Moscow' };

  it('writes the update beside its story, named for its time and title, timed now', () => {
    const update = planNewUpdate(request, { stories });
    expect(update).toMatchObject({ ok: true, path: 'content/articles/2026/12/storm-live/20261201-0945-bridge-closed-to-traffic.md' });
    const parsed = parseMarkdown(update.ok ? update.text : '', '/virtual/update.md');
    expect(parsed.data).toEqual({ at: '2026-12-01T09:45:00+03:00', title: 'Bridge: "closed" to traffic', authors: [], key: false });
    expect(parsed.body.trim()).toBe(placeholderUpdateBody);
  });

  it('refuses a story that does not exist or is not live', () => {
    expect(planNewUpdate({ ...request, storyId: 'nope' }, { stories })).toMatchObject({ ok: false, error: expect.stringMatching(/no story "nope"/) });
    expect(planNewUpdate({ ...request, storyId: 'plain' }, { stories })).toMatchObject({ ok: false, error: expect.stringMatching(/not a live story; add live: true/) });
  });
});

describe('npm run new -- --update, on a copy of a content tree', () => {
  const tree = mkdtempSync(join(tmpdir(), 'broadsheet-new-update-'));
  cpSync(resolve('tests/fixtures/live'), tree, { recursive: true });
  afterAll(() => rmSync(tree, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/new.ts', ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: tree } });
  const folder = join(tree, 'articles/2026/11/tram-strike-live');

  it('writes an update, timed now, that the check holds back until its text is written', () => {
    const before = Date.now();
    const result = run('--update', 'tram-strike-live', 'Depot gates reopen');
    expect(result.status, result.stderr).toBe(0);
    const [name] = readdirSync(folder).filter((file) => file.endsWith('-depot-gates-reopen.md'));
    expect(name).toMatch(/^\d{8}-\d{4}-depot-gates-reopen\.md$/);
    const path = join(folder, name!);
    const at = new Date(/^at: (\S+)$/m.exec(readFileSync(path, 'utf8'))![1]!);
    expect(Math.abs(at.getTime() - before)).toBeLessThan(120_000);
    const errors = () => runContentCheck(tree).problems.filter((problem) => problem.severity === 'error');
    expect(errors()).toEqual([expect.objectContaining({ file: relative(process.cwd(), path), field: 'body' })]);
    writeFileSync(path, readFileSync(path, 'utf8').replace(placeholderUpdateBody, 'The gates opened at noon.'));
    expect(errors()).toEqual([]);
  });

  it('refuses a story that is not live', () => {
    const result = run('--update', 'depot-history', 'Nothing');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is not a live story; add live: true to it first');
  });
});

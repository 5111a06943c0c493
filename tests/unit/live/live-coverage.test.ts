import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateAnchor } from '../../../src/lib/live/update-anchor.ts';
import { updateFolders } from '../../../src/lib/live/update-folders.ts';
import { updateId } from '../../../src/lib/live/update-id.ts';
import type { UpdateInput } from '../../../src/lib/live/live-coverage.ts';
import { buildNewsroom, type ArticleInput } from '../../../src/lib/newsroom.ts';

const now = new Date('2026-12-02T12:00:00Z');
const sections = [{ id: 'news', data: { title: 'News', description: 'N' } }];
const authors = [{ id: 'vera', data: { name: 'Vera Ivanova' } }];
const options = { timeZone: 'Europe/Moscow', now, includeUnpublished: false, related: {} };

const article = (id: string, publishedAt: string, over: Partial<ArticleInput<string>['data']> = {}): ArticleInput<string> => ({
  id,
  body: `Body of ${id}.`,
  data: { title: `Title ${id}`, description: 'Dek', publishedAt: new Date(publishedAt), section: 'news', tags: [], authors: [], related: [], draft: false, corrections: [], aliases: [], ...over },
});
const update = (id: string, at: string, over: Partial<UpdateInput<string>['data']> = {}): UpdateInput<string> => ({
  id,
  body: `Words of ${id}.`,
  data: { at: new Date(at), authors: [], key: false, ...over },
});

describe('live coverage in the newsroom', () => {
  const articles = [
    article('storm-live', '2026-12-01T04:00:00Z', { live: true }),
    article('newer-story', '2026-12-01T20:00:00Z'),
    article('ended-live', '2026-11-30T08:00:00Z', { live: true, liveEndedAt: new Date('2026-11-30T18:00:00Z') }),
    article('plain', '2026-11-29T08:00:00Z'),
  ];
  const updates = [
    update('storm-live/0700-first', '2026-12-01T04:15:00Z', { key: true, authors: ['vera'] }),
    update('storm-live/1200-second', '2026-12-02T09:00:00Z', { title: 'Second' }),
    update('storm-live/0900-middle', '2026-12-01T06:00:00Z'),
    update('storm-live/9999-future', '2026-12-03T09:00:00Z', { title: 'Embargoed update' }),
    // Newer than any other story, but coverage has ended: it no longer lifts its story.
    update('ended-live/late', '2026-12-02T11:00:00Z'),
  ];
  const newsroom = buildNewsroom({ articles, authors, sections, updates }, options);

  it('orders a live story by its newest update, an ended one by its publication', () => {
    expect(newsroom.stories.map((story) => story.id)).toEqual(['storm-live', 'newer-story', 'ended-live', 'plain']);
  });

  it('lists the updates newest first, leaving out one under embargo', () => {
    const live = newsroom.story('storm-live')!.live!;
    expect(live.updates.map((entry) => entry.id)).toEqual(['storm-live/1200-second', 'storm-live/0900-middle', 'storm-live/0700-first']);
    expect(live.updates.at(-1)).toMatchObject({ key: true, anchor: 'update-0700-first', authors: [{ id: 'vera', name: 'Vera Ivanova' }], text: 'Words of storm-live/0700-first.' });
    expect(JSON.stringify(newsroom.stories)).not.toContain('Embargoed update');
  });

  it('dates the story by its newest update on the site', () => {
    expect(newsroom.story('storm-live')!.updatedAt).toEqual(new Date('2026-12-02T09:00:00Z'));
    expect(newsroom.story('ended-live')!.live!.endedAt).toEqual(new Date('2026-11-30T18:00:00Z'));
    expect(newsroom.story('plain')!.live).toBeUndefined();
  });

  it('shows the embargoed update, marked, in previews', () => {
    const preview = buildNewsroom({ articles, authors, sections, updates }, { ...options, includeUnpublished: true });
    expect(preview.story('storm-live')!.live!.updates[0]).toMatchObject({ id: 'storm-live/9999-future', status: 'embargoed' });
  });

  it('gives the same order whatever order the files are read in', () => {
    const reversed = buildNewsroom({ articles: [...articles].reverse(), authors, sections, updates: [...updates].reverse() }, options);
    expect(reversed.stories.map((story) => [story.id, story.live?.updates.map((entry) => entry.id)])).toEqual(
      newsroom.stories.map((story) => [story.id, story.live?.updates.map((entry) => entry.id)]),
    );
  });
});

describe('a live story in related articles', () => {
  it("is one story, whose updates' words are its own", () => {
    // Enough other stories that the zoo's words are distinctive, as they are in a real archive.
    const others = ['budget vote', 'bridge repair', 'ballet premiere', 'rouble rate', 'school exams', 'rocket launch', 'river cruise', 'bakery prices'].map((topic, index) => ({
      ...article(topic.replace(' ', '-'), `2026-11-${String(10 + index).padStart(2, '0')}T04:00:00Z`),
      body: `News on the ${topic} today.`,
    }));
    const articles = [
      { ...article('storm-live', '2026-12-01T04:00:00Z', { live: true }), body: 'The storm page.' },
      { ...article('safari-park', '2026-11-20T04:00:00Z'), body: 'Zebras, giraffes and antelopes roam the savanna enclosure.' },
      ...others,
    ];
    const updates = [update('storm-live/zoo', '2026-12-01T06:00:00Z')].map((entry) => ({ ...entry, body: 'The zoo moved its zebras, giraffes and antelopes indoors from the savanna enclosure.' }));
    const newsroom = buildNewsroom({ articles, authors, sections, updates }, options);
    expect(newsroom.related('safari-park')[0]?.id).toBe('storm-live');
    expect(newsroom.related('storm-live')[0]?.id).toBe('safari-park');
    expect(newsroom.stories.filter((story) => story.id.startsWith('storm-live'))).toHaveLength(1);
  });
});

describe('update ids and anchors', () => {
  it('names an update by its story and file, and anchors it by its file name alone', () => {
    expect(updateId('2026/12/storm-live/20261201-0715-orange-warning.md')).toBe('storm-live/20261201-0715-orange-warning');
    expect(updateAnchor('storm-live/20261201-0715-orange-warning')).toBe('update-20261201-0715-orange-warning');
  });

  it('finds the update folders: folders named after a story beside them', () => {
    const root = mkdtempSync(join(tmpdir(), 'broadsheet-live-'));
    try {
      for (const [path, text] of [
        ['2026/12/storm-live.md', ''],
        ['2026/12/storm-live/0715.md', ''],
        ['2026/12/photos/not-a-story-folder.md', ''],
        ['2026/11/other.md', ''],
      ]) {
        mkdirSync(join(root, path, '..'), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      expect(updateFolders(root)).toEqual(['2026/12/storm-live']);
      expect(updateFolders(join(root, 'missing'))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

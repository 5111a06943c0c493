import { describe, expect, it } from 'vitest';
import { publicationState, type ScheduledArticle } from '../../src/lib/publication-state.ts';

const now = new Date('2026-11-23T12:00:00Z');
const hoursFromNow = (hours: number) => new Date(now.getTime() + hours * 3_600_000);
const story = (id: string, publishedHoursFromNow: number, data: Partial<ScheduledArticle['data']> = {}): ScheduledArticle => ({
  id,
  data: { title: `Story ${id}`, draft: false, publishedAt: hoursFromNow(publishedHoursFromNow), ...data },
});
const settings = { timeZone: 'Europe/Moscow', cardDays: 30 };
const state = (articles: ScheduledArticle[], hoursLater = 0) => publicationState(articles, hoursFromNow(hoursLater), settings);
const photo = { src: './hero.jpg', alt: 'A photo' };

describe('publicationState', () => {
  const archive = [
    story('old', -500),
    story('yesterday', -20),
    story('embargoed', 3),
    story('draft', -1, { draft: true }),
    story('wire', -10, { sourceUrl: 'https://wire.example/a' }),
    story('month-old-photo', -30 * 24 + 100, { image: photo }),
    story('month-old-own-card', -30 * 24 + 110, { socialImage: './own.jpg' }),
  ];

  it('is the same whatever order the stories come in', () => {
    expect(state([...archive].reverse())).toBe(state(archive));
  });

  it('stays the same while the clock crosses no publication time and no edge of the News window', () => {
    expect(state(archive, 1)).toBe(state(archive));
  });

  it('changes when an embargo ends', () => {
    expect(state(archive, 3)).not.toBe(state(archive, 2.9));
  });

  it('changes when a story leaves the 48 hours of the News sitemap', () => {
    expect(state(archive, 28.1)).not.toBe(state(archive, 27.9));
  });

  it('changes when a story without a photo leaves the drawn-card window of cardDays days', () => {
    // "old" was published 500 hours ago: it leaves the 30 days 220 hours from now.
    expect(state(archive, 220.1)).not.toBe(state(archive, 219.9));
    expect(publicationState(archive, hoursFromNow(220.1), { ...settings, cardDays: 60 })).toBe(state(archive, 219.9));
  });

  it('stays the same when a story with a photo or its own share image leaves the window: it shares the same picture', () => {
    expect(state(archive, 100.1)).toBe(state(archive, 99.9));
    expect(state(archive, 110.1)).toBe(state(archive, 109.9));
  });

  it('ignores drafts, and syndicated stories leaving the News window (they were never in it)', () => {
    expect(state([...archive, story('later-draft', 2, { draft: true })], 2.5)).toBe(state(archive, 2.5));
    expect(state(archive, 38.1)).toBe(state(archive, 37.9));
  });
});

describe('publicationState with live updates', () => {
  const archive = [story('live', -20)];
  const updates = [{ id: 'live/first', data: { at: hoursFromNow(-19) } }, { id: 'live/embargoed', data: { at: hoursFromNow(2) } }];

  it('changes when an update comes out of embargo, and not before', () => {
    const at = (hours: number) => publicationState(archive, hoursFromNow(hours), settings, updates);
    expect(at(1.9)).toBe(at(0));
    expect(at(2)).not.toBe(at(1.9));
  });
});

import { describe, expect, it } from 'vitest';
import { archiveByMonth, archiveMonthPath, monthLabel } from '../../src/lib/archive.ts';

const story = (id: string, publishedAt: string) => ({ id, publishedAt: new Date(publishedAt) });

describe('the archive', () => {
  it('files stories by year and month, newest first at every level, whatever the input order', () => {
    const stories = [
      story('autumn', '2025-10-03T12:00:00+03:00'),
      story('late', '2026-11-20T09:30:00+03:00'),
      story('early', '2026-11-02T08:00:00+03:00'),
      story('september', '2026-09-15T10:00:00+03:00'),
    ];
    const years = archiveByMonth(stories, 'Europe/Moscow');
    expect(years.map((year) => year.year)).toEqual(['2026', '2025']);
    expect(years[0]!.months.map((month) => month.label)).toEqual(['November 2026', 'September 2026']);
    expect(years[0]!.months[0]!.stories.map((entry) => entry.id)).toEqual(['late', 'early']);
    expect(years[0]!.storyCount).toBe(3);
    expect(years[1]!.months[0]!.path).toBe('/archive/2025/10/');
  });

  it("files a story by the newsroom's calendar, like its URL, not by UTC", () => {
    // 22:30 UTC on 31 October is already 1 November in Moscow.
    const [year] = archiveByMonth([story('midnight', '2026-10-31T22:30:00Z')], 'Europe/Moscow');
    expect(year!.months[0]!.path).toBe('/archive/2026/11/');
    const [utcYear] = archiveByMonth([story('midnight', '2026-10-31T22:30:00Z')], 'UTC');
    expect(utcYear!.months[0]!.path).toBe('/archive/2026/10/');
  });

  it('breaks ties between stories published at the same moment by id', () => {
    const [year] = archiveByMonth([story('b', '2026-01-05T10:00:00Z'), story('a', '2026-01-05T10:00:00Z')], 'UTC');
    expect(year!.months[0]!.stories.map((entry) => entry.id)).toEqual(['a', 'b']);
  });

  it('has nothing to list for no stories', () => {
    expect(archiveByMonth([], 'UTC')).toEqual([]);
  });

  it('names months in English and builds their paths', () => {
    expect(monthLabel('2026', '01')).toBe('January 2026');
    expect(monthLabel('2026', '12')).toBe('December 2026');
    expect(archiveMonthPath('2026', '03')).toBe('/archive/2026/03/');
  });
});

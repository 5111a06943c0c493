/**
 * The archive: every published story filed by the year and month of its
 * publication in the newsroom's time zone (the same calendar as its URL),
 * newest first at every level.
 */
import { formatMonth, newestFirst, zonedDate } from './dates.ts';
import { inEdition } from './editions.ts';

export interface ArchiveMonth<S> {
  /** "2026" */
  year: string;
  /** "11" */
  month: string;
  /** "November 2026" */
  label: string;
  path: string;
  /** Newest first. */
  stories: S[];
}

export interface ArchiveYear<S> {
  year: string;
  /** Newest month first. */
  months: ArchiveMonth<S>[];
  storyCount: number;
}

export const archivePath = '/archive/';
export const archiveMonthPath = (year: string, month: string): string => `${archivePath}${year}/${month}/`;

/** "November 2026" for year "2026", month "11"; «Ноябрь 2026 г.» in the `ru` locale. */
export const monthLabel = (year: string, month: string, locale?: string): string => formatMonth(year, month, locale);

/**
 * Files stories by year and month. Input order does not matter: each month lists newest first, ties by id.
 * `edition` places the month pages (`/ru/archive/…`) and names the months in its `locale`.
 */
export function archiveByMonth<S extends { id: string; publishedAt: Date }>(
  stories: readonly S[],
  timeZone: string,
  edition: { path: string; locale?: string } = { path: '/' },
): ArchiveYear<S>[] {
  const months = new Map<string, ArchiveMonth<S>>();
  for (const story of stories) {
    const { year, month } = zonedDate(story.publishedAt, timeZone);
    const key = `${year}-${month}`;
    let entry = months.get(key);
    if (!entry) {
      entry = { year, month, label: monthLabel(year, month, edition.locale), path: inEdition(archiveMonthPath(year, month), edition), stories: [] };
      months.set(key, entry);
    }
    entry.stories.push(story);
  }
  const years = new Map<string, ArchiveYear<S>>();
  for (const key of [...months.keys()].sort().reverse()) {
    const month = months.get(key)!;
    month.stories.sort(newestFirst);
    let year = years.get(month.year);
    if (!year) {
      year = { year: month.year, months: [], storyCount: 0 };
      years.set(month.year, year);
    }
    year.months.push(month);
    year.storyCount += month.stories.length;
  }
  return [...years.values()];
}

import { describe, expect, it } from 'vitest';
import { dateTimeProblem, formatDateTime, isoDateTime, zonedDate } from '../../src/lib/dates.ts';

describe('isoDateTime', () => {
  it('accepts date-times with an offset or Z', () => {
    expect(isoDateTime('2026-11-20T09:30:00+03:00')?.toISOString()).toBe('2026-11-20T06:30:00.000Z');
    expect(isoDateTime('2026-11-20T09:30Z')?.toISOString()).toBe('2026-11-20T09:30:00.000Z');
    expect(isoDateTime('2024-02-29T00:00:00.250-05:00')?.toISOString()).toBe('2024-02-29T05:00:00.250Z');
  });

  it.each([
    ['2022-13-45T10:00:00Z', 'month 13, day 45'],
    ['2026-04-31T10:00:00Z', '31 April'],
    ['2025-02-29T10:00:00Z', '29 February outside a leap year'],
    ['2026-11-20T24:00:00Z', 'hour 24'],
    ['2026-11-20T09:30:00', 'no offset'],
    ['2026-11-20', 'a date without a time'],
    ['20 November 2026', 'prose'],
    ['2026-11-20T09:30:00+15:00', 'an offset beyond +14:00'],
  ])('rejects %s (%s)', (value) => {
    expect(isoDateTime(value)).toBeUndefined();
  });
});

describe('dateTimeProblem', () => {
  it.each([
    ['2022-13-45T10:00:00Z', '2022-13-45 has no month 13: months run from 01 to 12'],
    ['2025-02-30T09:30:00+03:00', '30 February 2025 does not exist: February 2025 has 28 days'],
    ['2024-02-30T09:30:00+03:00', '30 February 2024 does not exist: February 2024 has 29 days'],
    ['2026-11-20T24:00:00Z', '24:00:00 is not a time of day: hours run from 00 to 23, minutes and seconds from 00 to 59'],
    ['2026-11-20T09:30+15:00', '+15:00 is not a UTC offset: offsets go no further than ±14:00'],
    ['2026-11-20T09:30:00', 'must be an ISO 8601 date-time with a UTC offset, e.g. 2026-11-20T09:30:00+03:00'],
  ])('says what is wrong with %s', (value, problem) => {
    expect(dateTimeProblem(value)).toBe(problem);
  });

  it('finds nothing wrong with a valid date-time', () => {
    expect(dateTimeProblem('2024-02-29T23:59:59.5-05:00')).toBeUndefined();
  });
});

describe('zonedDate', () => {
  it('files a story under the newsroom calendar date, not UTC', () => {
    // 22:15 UTC on 1 November is 01:15 on 2 November in Moscow.
    expect(zonedDate(new Date('2026-11-01T22:15:00Z'), 'Europe/Moscow')).toEqual({ year: '2026', month: '11', day: '02' });
    expect(zonedDate(new Date('2026-11-01T22:15:00Z'), 'America/New_York')).toEqual({ year: '2026', month: '11', day: '01' });
  });
});

describe('formatDateTime', () => {
  it('prints the time in the site time zone', () => {
    const printed = formatDateTime(new Date('2026-11-20T06:30:00Z'), 'Europe/Moscow');
    expect(printed).toContain('20 November 2026');
    expect(printed).toContain('09:30');
  });
});

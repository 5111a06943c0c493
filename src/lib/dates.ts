/**
 * Dates as a newsroom means them: instants written with their offset, shown
 * and filed (URLs, archives) in the site's own time zone.
 */

const isoDateTimePattern =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses an ISO 8601 date-time that carries a UTC offset. Returns undefined for
 * anything else, including impossible calendar values such as month 13 or
 * 31 April that `new Date()` would silently roll over.
 */
export function isoDateTime(value: string): Date | undefined {
  return dateTimeProblem(value) === undefined ? new Date(value) : undefined;
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** What is wrong with a date-time an editor wrote, in words, or undefined if it is a valid ISO 8601 date-time with a UTC offset. */
export function dateTimeProblem(value: string): string | undefined {
  const match = isoDateTimePattern.exec(value);
  if (!match) return 'must be an ISO 8601 date-time with a UTC offset, e.g. 2026-11-20T09:30:00+03:00';
  const [year, month, day, hour, minute, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const offset = match[8]!;
  if (month < 1 || month > 12) return `${value.slice(0, 10)} has no month ${month}: months run from 01 to 12`;
  if (day < 1 || day > daysInMonth(year, month))
    return `${day} ${monthNames[month - 1]} ${year} does not exist: ${monthNames[month - 1]} ${year} has ${daysInMonth(year, month)} days`;
  if (hour > 23 || minute > 59 || second > 59) return `${value.slice(11, 19).replace(/[^\d:].*$/, '')} is not a time of day: hours run from 00 to 23, minutes and seconds from 00 to 59`;
  if (offset !== 'Z') {
    const [offsetHours, offsetMinutes] = offset.slice(1).split(':').map(Number);
    if (offsetHours! > 14 || offsetMinutes! > 59) return `${offset} is not a UTC offset: offsets go no further than ±14:00`;
  }
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface ZonedDate {
  year: string;
  month: string;
  day: string;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

/** Calendar date of an instant in a time zone, zero-padded: the parts of an article URL. */
export function zonedDate(date: Date, timeZone: string): ZonedDate {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    partFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(date).map((part) => [part.type, part.value]));
  return { year: parts.year!, month: parts.month!, day: parts.day! };
}

const displayFormatters = new Map<string, { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();

/** How a language prints a moment: its `Intl` locale and how a date and a time join (src/lib/i18n/). */
export interface DateWording {
  locale: string;
  /** "{date} at {time}", "{date}, {time}". */
  dateAndTime: string;
}

const english: DateWording = { locale: 'en-GB', dateAndTime: '{date} at {time}' };

/**
 * "20 November 2026 at 09:30", «20 ноября 2026 г., 09:30»: a moment in the
 * newsroom's time zone, as printed under a headline, in a language's words
 * (the month as the language writes it in a date: Russian's genitive).
 */
export function formatDateTime(date: Date, timeZone: string, wording: DateWording = english): string {
  const key = `${wording.locale}|${timeZone}`;
  let formatters = displayFormatters.get(key);
  if (!formatters) {
    formatters = {
      date: new Intl.DateTimeFormat(wording.locale, { timeZone, day: 'numeric', month: 'long', year: 'numeric' }),
      time: new Intl.DateTimeFormat(wording.locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    };
    displayFormatters.set(key, formatters);
  }
  return wording.dateAndTime.replace('{date}', formatters.date.format(date)).replace('{time}', formatters.time.format(date));
}

const monthFormatters = new Map<string, Intl.DateTimeFormat>();

/** "November 2026", «Ноябрь 2026 г.»: a calendar month as a heading names it, in the locale's words. */
export function formatMonth(year: string, month: string, locale = english.locale): string {
  let formatter = monthFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' });
    monthFormatters.set(locale, formatter);
  }
  const label = formatter.format(new Date(Date.UTC(Number(year), Number(month) - 1, 15)));
  return label.charAt(0).toLocaleUpperCase(locale) + label.slice(1);
}

/** Stories newest first; ties broken by id so the order never depends on file-system order. */
export const newestFirst = (a: { publishedAt: Date; id: string }, b: { publishedAt: Date; id: string }): number =>
  b.publishedAt.getTime() - a.publishedAt.getTime() || a.id.localeCompare(b.id);

import { describe, expect, it } from 'vitest';
import { formatDateTime, formatMonth } from '../../src/lib/dates.ts';
import { catalogues, messagesFor } from '../../src/lib/i18n/catalogues.ts';
import { counted } from '../../src/lib/i18n/counted.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { fill } from '../../src/lib/i18n/fill.ts';

describe('message catalogues', () => {
  it('give every language every key of the English catalogue, and no other', () => {
    for (const [language, messages] of Object.entries(catalogues)) {
      expect(Object.keys(messages).sort(), language).toEqual(Object.keys(en).sort());
      for (const [key, value] of Object.entries(messages)) {
        const english = en[key as keyof typeof en];
        expect(typeof value, `${language}.${key}`).toBe(typeof english);
        if (typeof value === 'string') expect(value.trim(), `${language}.${key}`).not.toBe('');
        // The same places to fill as the English message.
        const places = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
        const forms = (message: unknown) => (typeof message === 'string' ? [message] : Object.values(message as object));
        for (const form of forms(value)) expect(places(form), `${language}.${key}`).toEqual(places(forms(english)[0]!));
      }
    }
  });

  it('give each count the forms its language needs', () => {
    for (const messages of Object.values(catalogues)) {
      const categories = new Intl.PluralRules(messages.locale).resolvedOptions().pluralCategories;
      for (const [key, value] of Object.entries(messages))
        if (typeof value === 'object') for (const category of categories) expect(value, `${messages.locale} ${key} ${category}`).toHaveProperty(category);
    }
  });

  it('are found by language tag, region or not', () => {
    expect(messagesFor('ru')).toBe(catalogues.ru);
    expect(messagesFor('ru-RU')).toBe(catalogues.ru);
    expect(messagesFor('en-GB')).toBe(catalogues.en);
    expect(() => messagesFor('tlh')).toThrow(/no message catalogue for language "tlh"/);
  });
});

describe('counts', () => {
  it('follow Russian plural rules', () => {
    const ru = messagesFor('ru');
    expect([1, 2, 5, 11, 21, 22, 25, 101].map((n) => counted(ru.readingTime, n, ru))).toEqual([
      '1 минута чтения',
      '2 минуты чтения',
      '5 минут чтения',
      '11 минут чтения',
      '21 минута чтения',
      '22 минуты чтения',
      '25 минут чтения',
      '101 минута чтения',
    ]);
    expect(counted(ru.storyCount, 3, ru)).toBe('3 материала');
  });

  it('follow English plural rules', () => {
    const english = messagesFor('en');
    expect(counted(english.storyCount, 1, english)).toBe('1 story');
    expect(counted(english.storyCount, 2, english)).toBe('2 stories');
    expect(counted(english.readingTime, 7, english)).toBe('7 min read');
    expect(counted(english.searchFoundBest, 1234, english, { query: 'ISS', shown: 20 })).toBe('1,234 stories found for “ISS”, the best 20 shown.');
  });

  it('fill named places and leave unknown ones as written', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('dates in the edition’s language and time zone', () => {
  const moment = new Date('2022-07-26T11:30:00Z');

  it('print Russian months in the genitive, with the time after a comma', () => {
    expect(formatDateTime(moment, 'Europe/Moscow', messagesFor('ru'))).toBe('26 июля 2022 г., 14:30');
    expect(formatDateTime(moment, 'Asia/Vladivostok', messagesFor('ru'))).toBe('26 июля 2022 г., 21:30');
  });

  it('print English as before', () => {
    expect(formatDateTime(moment, 'Europe/Moscow', messagesFor('en'))).toBe('26 July 2022 at 14:30');
    expect(formatDateTime(moment, 'Europe/Moscow')).toBe('26 July 2022 at 14:30');
  });

  it('name a month as a heading does', () => {
    expect(formatMonth('2026', '11')).toBe('November 2026');
    expect(formatMonth('2026', '11', 'ru')).toBe('Ноябрь 2026 г.');
  });
});

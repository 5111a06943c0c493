import { describe, expect, it } from 'vitest';
import { pageKey } from '../../src/lib/page-key.ts';

describe('pageKey', () => {
  const story = { id: 'a', title: 'Metro opens', publishedAt: new Date('2026-11-20T06:30:00Z'), section: { id: 'news', title: 'News' } };

  it('is the same for equal data built separately', () => {
    expect(pageKey([story, 'digest-1'])).toBe(pageKey([structuredClone(story), 'digest-1']));
  });

  it('changes when any nested field the page could show changes', () => {
    const key = pageKey([story, 'digest-1']);
    expect(pageKey([{ ...story, section: { id: 'news', title: 'Top news' } }, 'digest-1'])).not.toBe(key);
    expect(pageKey([{ ...story, publishedAt: new Date('2026-11-20T06:31:00Z') }, 'digest-1'])).not.toBe(key);
    expect(pageKey([story, 'digest-2'])).not.toBe(key);
  });

  it('refuses data that JSON would flatten or drop, instead of missing it', () => {
    expect(() => pageKey({ stories: new Map([['a', story]]) })).toThrow(/Map/);
    expect(() => pageKey({ tags: new Set(['metro']) })).toThrow(/Set/);
    expect(() => pageKey({ render: () => 'html' })).toThrow(/function/);
  });

  it('hashes a stand-in where one is given, and only what the stand-in keeps', () => {
    const entry = { id: 'a', digest: 'd1', body: 'A long body…' };
    const byDigest = (value: object) => ('digest' in value ? { digest: value.digest } : value);
    expect(pageKey({ entry }, byDigest)).toBe(pageKey({ entry: { ...entry, body: 'Another body' } }, byDigest));
    expect(pageKey({ entry }, byDigest)).not.toBe(pageKey({ entry: { ...entry, digest: 'd2' } }, byDigest));
  });
});

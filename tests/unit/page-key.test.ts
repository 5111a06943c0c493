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
});

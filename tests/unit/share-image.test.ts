import { describe, expect, it } from 'vitest';
import { shareImageKind } from '../../src/lib/share-image.ts';

const now = new Date('2026-12-03T09:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const photo = { src: './hero.jpg', alt: 'A photo' };

describe('shareImageKind', () => {
  it('shares the hero crop of a story with a photo, however old', () => {
    expect(shareImageKind({ publishedAt: daysAgo(1), image: photo }, now, 30)).toBe('photo');
    expect(shareImageKind({ publishedAt: daysAgo(900), image: photo }, now, 30)).toBe('photo');
  });

  it('draws a card for a recent story without a photo', () => {
    expect(shareImageKind({ publishedAt: daysAgo(0.1) }, now, 30)).toBe('card');
    expect(shareImageKind({ publishedAt: daysAgo(29.9) }, now, 30)).toBe('card');
  });

  it('shares the section’s card for a story without a photo older than cardDays', () => {
    expect(shareImageKind({ publishedAt: daysAgo(30) }, now, 30)).toBe('section');
    expect(shareImageKind({ publishedAt: daysAgo(400) }, now, 30)).toBe('section');
    expect(shareImageKind({ publishedAt: daysAgo(5) }, now, 3)).toBe('section');
  });

  it('shares the editor’s own socialImage before the photo or any card', () => {
    expect(shareImageKind({ publishedAt: daysAgo(1), image: photo, socialImage: './own.jpg' }, now, 30)).toBe('own');
    expect(shareImageKind({ publishedAt: daysAgo(400), socialImage: './own.jpg' }, now, 30)).toBe('own');
  });

  it('draws no card at all with cardDays 0', () => {
    expect(shareImageKind({ publishedAt: daysAgo(0) }, now, 0)).toBe('section');
  });
});

import { describe, expect, it } from 'vitest';
import { feedWithin } from '../../src/lib/feed-size.ts';

interface Item {
  id: string;
  content?: string;
}
const render = (items: readonly Item[]) => items.map((item) => `<item id="${item.id}">${item.content ?? 'dek'}</item>`).join('');
const shorten = (item: Item): Item => ({ id: item.id });
const bytes = (item: Item) => (item.content ?? '').length;

describe('feedWithin', () => {
  const items: Item[] = [
    { id: 'newest', content: 'x'.repeat(100) },
    { id: 'middle', content: 'x'.repeat(5000) },
    { id: 'oldest', content: 'x'.repeat(100) },
  ];

  it('leaves a feed under its limit whole', async () => {
    expect(await feedWithin(items, 10_000, render, shorten, bytes)).toBe(render(items));
  });

  it('cuts the oldest items to their dek until the feed fits, and no more', async () => {
    const feed = await feedWithin(items, 1000, render, shorten, bytes);
    expect(feed).toBe(render([items[0]!, { id: 'middle' }, { id: 'oldest' }]));
    expect(feed.length).toBeLessThanOrEqual(1000);
  });

  it('stops when every item is its dek, even if the feed is still over', async () => {
    expect(await feedWithin(items, 10, render, shorten, bytes)).toBe(render(items.map(shorten)));
  });
});

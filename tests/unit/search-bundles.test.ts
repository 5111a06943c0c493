import { describe, expect, it } from 'vitest';
import { searchBundleOf } from '../../src/lib/search-bundle.ts';
import { comparedWord, vocabularyShardOf, vocabularyShards } from '../../src/lib/vocabulary-shard.ts';

describe('searchBundleOf', () => {
  it("puts a story page in its edition's bundle for its year and part of the year", () => {
    expect(searchBundleOf('2024/01/10/a-story/index.html', 3)).toBe('2024-1');
    expect(searchBundleOf('2024/03/31/a-story/index.html', 3)).toBe('2024-1');
    expect(searchBundleOf('2024/04/01/a-story/index.html', 3)).toBe('2024-2');
    expect(searchBundleOf('2024/12/31/a-story/index.html', 3)).toBe('2024-4');
    expect(searchBundleOf('ru/2026/11/20/v-moskve/index.html', 3)).toBe('ru/2026-4');
    expect(searchBundleOf('2024/12/31/a-story/index.html', 1)).toBe('2024-12');
    expect(searchBundleOf('2024/12/31/a-story/index.html', 12)).toBe('2024-1');
  });

  it('leaves every other page out', () => {
    for (const page of ['index.html', 'news/index.html', 'archive/2024/01/index.html', '2024/01/10/a-story/updates.json', 'search/index.html', 'ru/index.html', '2022/07/old-name-a78410/index.html'])
      expect(searchBundleOf(page, 3), page).toBeUndefined();
  });
});

describe('vocabularyShardOf', () => {
  it('compares words as Pagefind does: lower case, without accents or punctuation', () => {
    expect(comparedWord('Café-Bar')).toBe('cafebar');
    expect(comparedWord('«Станции»')).toBe('станции');
  });

  it('puts a word, its forms and the words it starts with in one part', () => {
    const shard = vocabularyShardOf('station');
    for (const word of ['Station', 'stationery', 'st', 'Šta']) expect(vocabularyShardOf(word), word).toBe(shard);
    expect(vocabularyShardOf('станция')).toBe(vocabularyShardOf('Станции'));
  });

  it(`names one of ${vocabularyShards} parts, or none for a word without letters or digits`, () => {
    const parts = new Set(['a', 'b', 'z', '0', '9', 'я', 'ж', 'é'].map(vocabularyShardOf));
    for (const part of parts) expect(Number.parseInt(part!, 16)).toBeLessThan(vocabularyShards);
    expect(vocabularyShardOf('—')).toBeUndefined();
    expect(vocabularyShardOf('')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { generateSyntheticArchive, seededRandom, type SyntheticStory } from '../../bench/synthetic-archive.ts';
import { buildRelatedIndex, defaultRelatedOptions, resolveRelatedOptions, type RelatedDocument } from '../../src/lib/related/index.ts';
import { countTerms, type TermCounts } from '../../src/lib/related/term-counts.ts';
import { termsOf } from '../../src/lib/related/text-terms.ts';

const DAY = 86_400_000;
const base = new Date('2024-03-01T12:00:00Z');

/** A small hand-made story; text defaults to a filler that shares nothing topical with others. */
function story(id: string, fields: Partial<RelatedDocument> = {}): RelatedDocument {
  return {
    id,
    title: `Filler ${id}`,
    description: `Notes about ${id}.`,
    body: `Plain copy for ${id}.`,
    section: 'world',
    tags: [],
    publishedAt: base,
    ...fields,
  };
}

/** Distinct vocabulary per topic, so hand-made tests can say which stories are alike. */
const topicText = {
  volcano: {
    title: 'Volcano eruption forces island evacuation',
    description: 'Lava and ash from the volcano close the airport as islanders evacuate.',
    body: 'The volcano erupted overnight. Lava flows reached the coast road and ash closed the airport. Volcanologists warned the eruption could continue; evacuation ferries carried islanders to the mainland while lava glowed above the harbour. Ash fell on the villages.',
  },
  chess: {
    title: 'Grandmaster wins chess championship on tiebreak',
    description: 'A rapid chess tiebreak decides the championship after twelve drawn games.',
    body: 'The grandmaster won the chess championship in a rapid tiebreak. Twelve classical games were drawn; the tiebreak opened with a Sicilian defence and the challenger resigned in a lost endgame. Chess fans crowded the hall.',
  },
  bakery: {
    title: 'Bakery strike leaves city without bread',
    description: 'Bakers walk out over wages and ovens go cold across the city.',
    body: 'Bakers at the largest bakery chain went on strike over wages. Ovens went cold, bread shelves emptied and the union said the bakery strike would last a week. Flour deliveries stopped at the bakery depots.',
  },
};

const archives = new Map<number, SyntheticStory[]>();
/** A 300-story synthetic archive (see bench/synthetic-archive.ts), made once per seed; tests only read it. */
const archive300 = (seed: number): SyntheticStory[] => {
  if (!archives.has(seed)) archives.set(seed, generateSyntheticArchive(300, { seed }));
  return archives.get(seed)!;
};

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// Tests below build indexes of synthetic archives, some several: slow on a busy machine, hence generous limits (no speed target).
describe('buildRelatedIndex: lists', { timeout: 120_000 }, () => {
  const docs = [
    story('v1', { ...topicText.volcano }),
    story('v2', { ...topicText.volcano, publishedAt: new Date(base.getTime() + DAY) }),
    story('v3', { ...topicText.volcano, publishedAt: new Date(base.getTime() - DAY) }),
    story('c1', { ...topicText.chess }),
    story('c2', { ...topicText.chess }),
    story('b1', { ...topicText.bakery }),
    story('b2', { ...topicText.bakery }),
    story('b3', { ...topicText.bakery }),
  ];

  it('puts editor-pinned stories first, in the editor’s order, then computed ones', () => {
    const pinned = story('v1', { ...topicText.volcano, related: ['b2', 'c1'] });
    const index = buildRelatedIndex([pinned, ...docs.slice(1)], { count: 4 });
    const list = index.relatedTo('v1');
    expect(list.slice(0, 2)).toEqual(['b2', 'c1']);
    // The rest are computed: the volcano stories, which pinning did not push out.
    expect(list.slice(2).sort()).toEqual(['v2', 'v3']);
  });

  it('never lists the story itself, even when an editor pins it', () => {
    const selfPinned = story('v1', { ...topicText.volcano, related: ['v1', 'v2'] });
    const index = buildRelatedIndex([selfPinned, ...docs.slice(1)], { count: 7 });
    for (const doc of docs) expect(index.relatedTo(doc.id)).not.toContain(doc.id);
    expect(index.relatedTo('v1')[0]).toBe('v2');
  });

  it('drops pinned ids that are not among the given (published) stories', () => {
    // "draft-story" is a draft: the caller passes only published stories, so it is not in the set.
    const pinning = story('v1', { ...topicText.volcano, related: ['draft-story', 'b1', 'no-such-story'] });
    const index = buildRelatedIndex([pinning, ...docs.slice(1)], { count: 3 });
    const list = index.relatedTo('v1');
    expect(list[0]).toBe('b1');
    expect(list).not.toContain('draft-story');
    expect(list).not.toContain('no-such-story');
    expect(list).toHaveLength(3);
  });

  it('never lists a story twice, even when a pinned story also scores high', () => {
    const pinning = story('v1', { ...topicText.volcano, related: ['v2', 'v2', 'b1'] });
    const index = buildRelatedIndex([pinning, ...docs.slice(1)], { count: 5 });
    for (const doc of docs) {
      const list = index.relatedTo(doc.id);
      expect(new Set(list).size).toBe(list.length);
    }
    expect(index.relatedTo('v1').filter((id) => id === 'v2')).toHaveLength(1);
  });

  it('respects count, pinned stories included', () => {
    for (const count of [0, 1, 2, 5]) {
      const pinning = story('v1', { ...topicText.volcano, related: ['b1', 'b2', 'b3'] });
      const index = buildRelatedIndex([pinning, ...docs.slice(1)], { count });
      for (const doc of docs) expect(index.relatedTo(doc.id).length).toBeLessThanOrEqual(count);
      expect(index.relatedTo('v1').slice(0, 3)).toEqual(['b1', 'b2', 'b3'].slice(0, count));
    }
    const big = buildRelatedIndex(archive300(3), { count: 7 });
    expect(big.relatedTo(archive300(3)[0]!.id)).toHaveLength(7);
  });

  it('returns [] for an unknown id', () => {
    const index = buildRelatedIndex(docs);
    expect(index.relatedTo('nope')).toEqual([]);
    expect(index.explain('nope')).toEqual([]);
  });

  it('rejects duplicate ids and invalid options', () => {
    expect(() => buildRelatedIndex([story('a'), story('a')])).toThrow(/duplicate/);
    expect(() => buildRelatedIndex(docs, { count: -1 })).toThrow(RangeError);
    expect(() => buildRelatedIndex(docs, { weights: { text: Number.NaN } })).toThrow(RangeError);
  });
});

describe('buildRelatedIndex: ranking', { timeout: 120_000 }, () => {
  it('gives the same lists whatever order the stories come in', () => {
    const stories = archive300(7);
    const reference = buildRelatedIndex(stories);
    for (const seed of [1, 2]) {
      const other = buildRelatedIndex(shuffled(stories, seed));
      for (const s of stories) expect(other.relatedTo(s.id)).toEqual(reference.relatedTo(s.id));
    }
    const reversed = buildRelatedIndex([...stories].reverse());
    for (const s of stories) expect(reversed.explain(s.id)).toEqual(reference.explain(s.id));
  });

  it('breaks ties by id: of two candidates alike in every part, the lower id is listed first', () => {
    const docs = [story('q', { ...topicText.volcano }), story('twin-b', { ...topicText.volcano }), story('twin-a', { ...topicText.volcano }), story('c1', { ...topicText.chess })];
    const index = buildRelatedIndex(docs, { count: 2 });
    const [first, second] = index.explain('q', 2);
    expect(first!.total).toBe(second!.total);
    expect(index.relatedTo('q')).toEqual(['twin-a', 'twin-b']);
  });

  it('with includeNewer: false, lists only stories published before', () => {
    const stories = archive300(4);
    const published = new Map(stories.map((s) => [s.id, s.publishedAt.getTime()]));
    const index = buildRelatedIndex(stories, { includeNewer: false });
    let listed = 0;
    for (const s of stories) {
      const list = index.relatedTo(s.id);
      listed += list.length;
      for (const id of list) expect(published.get(id)!).toBeLessThan(s.publishedAt.getTime());
    }
    expect(listed).toBeGreaterThan(stories.length * 2); // not vacuous
    // By default newer stories do appear.
    const open = buildRelatedIndex(stories);
    expect(stories.some((s) => open.relatedTo(s.id).some((id) => published.get(id)! > s.publishedAt.getTime()))).toBe(true);
  });

  it('at equal similarity, prefers the story closer in time', () => {
    // Identical but for the date; the far one has the id that would win a tie.
    const docs = [
      story('m-query', { ...topicText.volcano }),
      story('a-years-apart', { ...topicText.volcano, publishedAt: new Date(base.getTime() - 3 * 365 * DAY) }),
      story('z-same-week', { ...topicText.volcano, publishedAt: new Date(base.getTime() + 2 * DAY) }),
      story('c1', { ...topicText.chess }),
      story('b1', { ...topicText.bakery }),
    ];
    const index = buildRelatedIndex(docs);
    const list = index.relatedTo('m-query');
    expect(list.indexOf('z-same-week')).toBeGreaterThanOrEqual(0);
    expect(list.indexOf('z-same-week')).toBeLessThan(list.indexOf('a-years-apart'));
    const [near, far] = ['z-same-week', 'a-years-apart'].map((id) => index.explain('m-query').find((row) => row.id === id)!);
    expect(near!.text).toBe(far!.text);
    expect(near!.recency).toBeGreaterThan(far!.recency);
  });

  it('counts a shared rare tag for more than a shared common tag', () => {
    const same = { ...topicText.chess, section: 'sport' };
    const docs = [
      story('query', { ...same, tags: ['Rare Tag', 'Common'] }),
      story('z-shares-rare', { ...same, tags: ['rare-tag'] }),
      story('a-shares-common', { ...same, tags: ['common'] }),
      story('other-rare', { ...topicText.bakery, tags: ['Rare tag'] }),
      // The common tag is on a third of the stories, the rare one on three.
      ...Array.from({ length: 12 }, (_, i) => story(`common-${i}`, { ...topicText.bakery, tags: ['Common'], publishedAt: new Date(base.getTime() - (i + 1) * 30 * DAY) })),
      ...Array.from({ length: 24 }, (_, i) => story(`plain-${i}`, { ...topicText.volcano, publishedAt: new Date(base.getTime() - (i + 1) * 40 * DAY) })),
    ];
    const index = buildRelatedIndex(docs);
    const list = index.relatedTo('query');
    expect(list.indexOf('z-shares-rare')).toBeGreaterThanOrEqual(0);
    expect(list.indexOf('z-shares-rare')).toBeLessThan(list.indexOf('a-shares-common'));
    const rows = index.explain('query');
    const rare = rows.find((row) => row.id === 'z-shares-rare')!;
    const common = rows.find((row) => row.id === 'a-shares-common')!;
    expect(rare.tags).toBeGreaterThan(common.tags);
    expect(common.tags).toBeGreaterThan(0);
    // Tags match in slug form: "Rare Tag", "rare-tag" and "Rare tag" are one tag.
    expect(rare.sharedTags).toEqual(['rare-tag']);
  });

  it('matches tags whatever their case, spacing or diacritics', () => {
    const docs = [
      story('a', { tags: ['Énergie Policy'] }),
      story('b', { tags: ['energie-policy'] }),
      story('c', { tags: ['ENERGIE  policy'] }),
      story('d', { tags: ['unrelated'] }),
      story('e', { tags: ['unrelated'] }),
    ];
    const rows = buildRelatedIndex(docs).explain('a');
    expect(rows.find((row) => row.id === 'b')!.tags).toBeGreaterThan(0);
    expect(rows.find((row) => row.id === 'c')!.sharedTags).toEqual(['energie-policy']);
  });

  it('gives untagged stories on-topic links from their text', () => {
    const stories = archive300(5);
    const topicOf = new Map(stories.map((s) => [s.id, s.topic]));
    const untagged = stories.filter((s) => s.tags.length === 0);
    expect(untagged.length).toBeGreaterThan(30);
    const precision = (index: ReturnType<typeof buildRelatedIndex>, of: SyntheticStory[]) => {
      let links = 0;
      let hits = 0;
      for (const s of of)
        for (const id of index.relatedTo(s.id)) {
          links++;
          if (topicOf.get(id) === s.topic) hits++;
        }
      return hits / links;
    };
    const withText = precision(buildRelatedIndex(stories), untagged);
    expect(withText).toBeGreaterThan(0.85);
    // It is the text that finds them: section and time alone do clearly worse.
    expect(precision(buildRelatedIndex(stories, { weights: { text: 0 } }), untagged)).toBeLessThan(withText - 0.1);
  });

  it('adding one unrelated story changes only a few other lists, and only where scores were near-tied', () => {
    for (const seed of [1, 2, 3]) {
      const stories = archive300(seed);
      // Another storyline, written in the same generic news language, with its own (and generic) tags.
      const newcomer = { ...generateSyntheticArchive(1, { seed: 1000 + seed, topicPrefix: 'unrelated' })[0]!, id: 'zz-newcomer' };
      const before = buildRelatedIndex(stories);
      const after = buildRelatedIndex([...stories, newcomer]);
      let changed = 0;
      let membershipChanged = 0;
      let listing = 0;
      for (const s of stories) {
        const was = before.relatedTo(s.id);
        const now = after.relatedTo(s.id);
        if (now.includes(newcomer.id)) listing++;
        if (was.join() === now.join()) continue;
        changed++;
        if ([...was].sort().join() !== [...now].sort().join()) membershipChanged++;
        // Where a list changed, the scores it was ranked by barely moved: a near-tie, not a reshuffle.
        const old = new Map(before.explain(s.id).map((row) => [row.id, row.total]));
        for (const row of after.explain(s.id)) if (old.has(row.id)) expect(Math.abs(row.total - old.get(row.id)!)).toBeLessThan(0.01);
      }
      expect(listing).toBeLessThanOrEqual(3);
      expect(membershipChanged).toBeLessThanOrEqual(5);
      expect(changed).toBeLessThanOrEqual(15); // of 300
    }
  });
});

describe('explain', { timeout: 120_000 }, () => {
  const stories = archive300(2);
  const index = buildRelatedIndex(stories);

  it('gives each candidate’s score parts, which add up to the total', () => {
    let rows = 0;
    for (const s of stories.slice(0, 60)) {
      const explained = index.explain(s.id);
      expect(explained.length).toBeLessThanOrEqual(10);
      for (const row of explained) {
        rows++;
        expect(row.text + row.tags + row.section + row.recency).toBeCloseTo(row.total, 12);
        expect(row.text).toBeGreaterThanOrEqual(0);
        expect(row.text).toBeLessThanOrEqual(defaultRelatedOptions.weights.text);
        expect(row.tags).toBeLessThanOrEqual(defaultRelatedOptions.weights.tags);
        expect(row.recency).toBeLessThanOrEqual(defaultRelatedOptions.weights.recency);
        expect(row.pinned).toBe(false);
      }
      // Best first.
      for (let k = 1; k < explained.length; k++) expect(explained[k]!.total).toBeLessThanOrEqual(explained[k - 1]!.total);
    }
    // Not vacuous: nearly every story has ten candidates (a few from other sections share too little to count).
    expect(rows).toBeGreaterThan(550);
  });

  it('lists a story from another section only if it shares enough words or tags, and one of the same section anyway', () => {
    const docs = [
      story('gallery', { ...topicText.volcano, section: 'culture' }),
      story('same-section-filler', { section: 'culture' }),
      story('other-section-weak', { section: 'science', title: 'Airport parking prices rise' }),
      story('other-section-alike', { ...topicText.volcano, section: 'science' }),
    ];
    const weak = buildRelatedIndex(docs, { otherSectionMinimum: 0 }).explain('gallery').find((row) => row.id === 'other-section-weak')!;
    const evidence = weak.text + weak.tags;
    expect(evidence).toBeGreaterThan(0);
    expect(buildRelatedIndex(docs, { otherSectionMinimum: evidence * 1.01 }).relatedTo('gallery')).toEqual(['other-section-alike', 'same-section-filler']);
    expect(buildRelatedIndex(docs, { otherSectionMinimum: evidence * 0.99 }).relatedTo('gallery')).toContain('other-section-weak');
  });

  it('lists what relatedTo lists, in the same order, pinned ones first and marked', () => {
    for (const s of stories.slice(0, 50)) expect(index.explain(s.id, 5).map((row) => row.id)).toEqual(index.relatedTo(s.id));
    const pinnedTo = stories[10]!.id;
    const withPin = stories.map((s, i) => (i === 0 ? { ...s, related: [pinnedTo] } : s));
    const rows = buildRelatedIndex(withPin).explain(stories[0]!.id, 3);
    expect(rows[0]).toMatchObject({ id: pinnedTo, pinned: true });
    expect(rows[0]!.text + rows[0]!.tags + rows[0]!.section + rows[0]!.recency).toBeCloseTo(rows[0]!.total, 12);
    expect(rows.slice(1).every((row) => !row.pinned)).toBe(true);
  });

  it('names the shared words and tags behind a score', () => {
    const docs = [story('v1', { ...topicText.volcano, tags: ['Volcanoes'] }), story('v2', { ...topicText.volcano, tags: ['volcanoes'] }), story('c1', { ...topicText.chess }), story('b1', { ...topicText.bakery }), story('b2', { ...topicText.bakery })];
    const [row] = buildRelatedIndex(docs).explain('v1', 1);
    expect(row!.id).toBe('v2');
    expect(row!.sharedTerms).toEqual(expect.arrayContaining(['volcano', 'lava']));
    expect(row!.sharedTags).toEqual(['volcanoes']);
  });
});

describe('options', () => {
  it('fills in defaults and lets single weights be overridden', () => {
    const options = resolveRelatedOptions({ count: 3, weights: { tags: 0.5 } });
    expect(options.count).toBe(3);
    expect(options.weights).toEqual({ ...defaultRelatedOptions.weights, tags: 0.5 });
    expect(options.includeNewer).toBe(true);
  });

  it('rejects unknown and misspelt settings instead of ignoring them', () => {
    expect(() => resolveRelatedOptions({ threads: 2 } as never)).toThrow(/unknown option threads/);
    expect(() => resolveRelatedOptions({ weights: { tag: 1 } } as never)).toThrow(/unknown option weights\.tag/);
    expect(() => resolveRelatedOptions({ includeNewer: 'no' } as never)).toThrow(RangeError);
  });

  it('follows the weights: with text off, a shared tag decides', () => {
    const docs = [
      story('q', { ...topicText.chess, tags: ['derby'] }),
      story('text-twin', { ...topicText.chess }),
      story('tag-twin', { ...topicText.bakery, tags: ['derby'] }),
      story('x', { ...topicText.volcano }),
    ];
    expect(buildRelatedIndex(docs, { count: 1 }).relatedTo('q')).toEqual(['text-twin']);
    expect(buildRelatedIndex(docs, { count: 1, weights: { text: 0 } }).relatedTo('q')).toEqual(['tag-twin']);
  });
});

describe('text terms', { timeout: 120_000 }, () => {
  it('skips Markdown syntax, URLs and code, folds case and diacritics, drops stop words and plurals', () => {
    const terms = termsOf(
      '## The Minister’s plans\n\nSee [the report](https://example.com/report-2024) or www.example.org. <span class="x">Zürich</span> cafés' +
        '\n\n```js\nconst secret = 1;\n```\n\nBuses and policies: 2024, 42.',
    );
    expect(terms).toEqual(['minister', 'plan', 'report', 'zurich', 'cafe', 'buse', 'policy', '2024']);
  });

  it('drops the number and time words any story may use', () => {
    // In a small archive their idf is high, and they once linked a gallery review to a space launch.
    expect(termsOf('Later the third launch came, five years earlier than planned and two days ago.')).toEqual(['launch', 'came', 'planned', 'day']);
  });

  it('joins words across apostrophes and drops possessives, straight or curly', () => {
    expect(termsOf("O'Brien’s rock'n'roll, the ministers' plan")).toEqual(['obrien', 'rocknroll', 'minister', 'plan']);
  });

  it('keeps long words apart by every letter and drops words over 40 letters', () => {
    const stem = 'abcdefghijklmnopqrstuvwx';
    const text = `${stem}yz ${stem}yq ${stem}yz ${'k'.repeat(41)}`;
    expect(termsOf(text)).toEqual([`${stem}yz`, `${stem}yq`, `${stem}yz`]);
    expect(countTerms([{ title: '', description: '', body: text }], [3, 2, 1]).vocabulary).toEqual([`${stem}yz`, `${stem}yq`]);
  });

  it('reads words in other scripts, folding compatibility forms (single letters are no terms)', () => {
    expect(termsOf('Москва и МОСКВА; Αθήνα; ﬁnance 北京')).toEqual(['москва', 'москва', 'αθηνα', 'finance', '北京']);
  });

  it('weighs a term by the fields it appears in, once per story, in order of first use', () => {
    const doc = { title: 'Volcano', description: 'volcano ash', body: 'ash ash lava' };
    const weighted = countTerms([doc], [3, 2, 1]);
    expect(Array.from(storyTerms(weighted, 0).terms, (term) => weighted.vocabulary[term])).toEqual(['volcano', 'ash', 'lava']);
    expect(Array.from(storyTerms(weighted, 0).tf)).toEqual([5, 4, 1]);
    expect(Array.from(weighted.df)).toEqual([1, 1, 1]);
    const noDescription = countTerms([doc], [3, 0, 1]);
    expect(Array.from(storyTerms(noDescription, 0).terms, (term) => noDescription.vocabulary[term])).toEqual(['volcano', 'ash', 'lava']);
    expect(Array.from(storyTerms(noDescription, 0).tf)).toEqual([3, 2, 1]);
  });

  it('counts each story in the document frequency of every term it uses, and gives each term one id', () => {
    const docs = generateSyntheticArchive(200, { seed: 5 });
    const counts = countTerms(docs, [3, 2, 1]);
    expect(new Set(counts.vocabulary).size).toBe(counts.vocabulary.length);
    const recounted = new Array<number>(counts.vocabulary.length).fill(0);
    for (let story = 0; story < docs.length; story++) {
      const { terms } = storyTerms(counts, story);
      expect(new Set(terms).size).toBe(terms.length);
      for (const term of terms) recounted[term]!++;
    }
    expect(Array.from(counts.df)).toEqual(recounted);
    expect(storyTerms(counts, 7).terms.length).toBe(new Set(termsOf(`${docs[7]!.title}\n${docs[7]!.description}\n${docs[7]!.body}`)).size);
  });
});

/** Story d's distinct terms and their weighted frequencies, from its row of the counts. */
function storyTerms({ documents }: TermCounts, d: number): { terms: Int32Array; tf: Float32Array } {
  const [from, to] = [documents.start[d]!, documents.start[d + 1]!];
  return { terms: documents.ids.subarray(from, to), tf: documents.weights.subarray(from, to) };
}

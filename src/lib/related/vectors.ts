/**
 * Each story's text and tags as weighted vectors: which terms and tags say
 * most about it, and how much.
 *
 * A term's weight in a story is BM25-like: saturated field-weighted frequency
 * (a word said once counts 0.4, as one-off words say little) × idf. Each story
 * keeps its heaviest terms (at most `termsPerDocument`); terms under 20% of
 * its heaviest are dropped and those under 40% fade in linearly. Vectors are
 * normalised per story *without* idf (times the largest idf, so the dot
 * product of two stays ≤ 1): a word's idf moving, when a new story uses it,
 * then changes only the scores of stories sharing that word, a little.
 */
import { slugify } from '../slug.ts';
import { BestList } from './best-list.ts';
import { packRows, RowsBuilder, type Rows } from './postings.ts';
import type { TermCounts } from './term-counts.ts';

/** Rare-term floor: a term (or tag) in fewer stories counts as if it were in this many, so chance co-occurrences of one-off words don't dominate, and their idf does not move when one more story uses them. */
const MIN_DF = 5;
const MIN_REFERENCE = 32;
/** Tags in more than this share of stories are generic; their idf moves in doubling steps of frequency (not story by story). */
const GENERIC_TAG_SHARE = 0.05;
/** BM25's term-frequency saturation: the 2nd mention adds a third, the 10th little. */
const K1 = 2;
/**
 * Weight of a word that occurs once (weighted frequency under 2: one body
 * mention; title and dek words always count more). Rare one-off words have
 * the highest idf yet say little about the topic; Lucene's MoreLikeThis drops
 * them (minTermFreq 2), here they are only discounted, so short stories keep terms.
 */
const SINGLE_MENTION = 0.4;
/**
 * Terms weighing under FADE_LOW × the story's heaviest term are dropped, and
 * those up to FADE_HIGH × fade in linearly: a continuous cut, so a small change
 * in a term's idf never flips it in or out of a vector with a jump.
 */
const FADE_LOW = 0.2;
const FADE_HIGH = 0.4;

/**
 * The archive size idf is computed against: N rounded down to a quarter
 * octave (…, 256, 304, 362, 430, 512, …). Adding a story changes it only
 * once every ~19% of growth, so it does not nudge every score in the archive.
 * Tiny archives count as MIN_REFERENCE stories, so a word shared by two of
 * five stories still counts.
 */
function referenceSize(n: number): number {
  return 2 ** (Math.floor(4 * Math.log2(Math.max(MIN_REFERENCE, n))) / 4);
}

/**
 * Robertson–Spärck Jones idf (classic BM25), floored at 0: ln((N − df)/df)
 * for rare terms, exactly 0 for terms in half the stories or more, so the
 * over-common words neither count nor shift scores when their frequency moves.
 * Terms in fewer than MIN_DF stories count as MIN_DF.
 */
function idf(df: number, n: number): number {
  const d = Math.max(df, MIN_DF);
  return d >= n / 2 ? 0 : Math.log((n - d + 0.5) / (d + 0.5));
}

/** Each story's text vector: its heaviest terms, heaviest first (ties to the lower term id), normalised as above. */
export function textVectors({ documents, df }: TermCounts, termsPerDocument: number): Rows {
  const stories = documents.start.length - 1;
  const reference = referenceSize(stories);
  // A term in one story only links it to nothing.
  const idfOf = Float64Array.from(df, (d) => (d >= 2 ? idf(d, reference) : 0));
  const maxIdf = idf(1, reference);
  const vectors = new RowsBuilder(stories, stories * termsPerDocument);
  const heaviestTerms = new BestList(termsPerDocument);
  let weight = new Float64Array(1024);
  const { start, ids, weights: tf } = documents;
  for (let doc = 0; doc < stories; doc++) {
    const from = start[doc]!;
    const to = start[doc + 1]!;
    if (to - from > weight.length) weight = new Float64Array(2 * (to - from));
    let heaviest = 0;
    for (let k = from; k < to; k++) {
      const f = tf[k]!;
      // 0 for an over-common term, whose idf is 0.
      const w = ((f >= 2 ? 1 : SINGLE_MENTION) * idfOf[ids[k]!]! * f * (K1 + 1)) / (f + K1);
      weight[k - from] = w;
      if (w > heaviest) heaviest = w;
    }
    heaviestTerms.clear();
    for (let k = from; k < to; k++) if (weight[k - from]! > heaviest * FADE_LOW) heaviestTerms.offer(ids[k]!, weight[k - from]!);
    heaviestTerms.sort();
    const kept = heaviestTerms.size;
    const terms = heaviestTerms.ids;
    const faded = heaviestTerms.scores;
    let norm = 0;
    for (let k = 0; k < kept; k++) {
      faded[k] = faded[k]! * fade(faded[k]! / heaviest);
      const plain = faded[k]! / idfOf[terms[k]!]!;
      if (faded[k]! > 0) norm += plain * plain;
    }
    norm = Math.sqrt(norm) * maxIdf;
    if (norm > 0) for (let k = 0; k < kept; k++) if (faded[k]! > 0) vectors.add(terms[k]!, faded[k]! / norm);
    vectors.endRow();
  }
  return vectors.rows();
}

/** 0 for a term at FADE_LOW of the heaviest or under, 1 at FADE_HIGH or over, linear between. */
function fade(share: number): number {
  return share <= FADE_LOW ? 0 : share < FADE_HIGH ? (share - FADE_LOW) / (FADE_HIGH - FADE_LOW) : 1;
}

/** Each story's tags in slug form, weighted by idf (tags on one story only are dropped), normalised without idf as text is. */
export function tagVectors(tagLists: readonly (readonly string[])[]): { rows: Rows; names: string[] } {
  const names: string[] = [];
  const idOf = new Map<string, number>();
  const perStory = tagLists.map((tags) => {
    const ids = new Set<number>();
    for (const slug of tags.map(slugify)) {
      if (!slug) continue;
      if (!idOf.has(slug)) idOf.set(slug, names.push(slug) - 1);
      ids.add(idOf.get(slug)!);
    }
    return [...ids].sort((a, b) => a - b);
  });
  const df = new Int32Array(names.length);
  for (const ids of perStory) for (const id of ids) df[id]!++;
  const reference = referenceSize(tagLists.length);
  const generic = Math.max(MIN_DF, GENERIC_TAG_SHARE * reference);
  const tagIdf = (d: number) => (d < 2 ? 0 : idf(d <= generic ? d : generic * 2 ** Math.floor(Math.log2(d / generic)), reference));
  const maxIdf = idf(1, reference);
  const rows = packRows(
    perStory.map((ids) => {
      // Norm without idf, as for text: sharing one generic tag is weak evidence however few tags the stories have.
      const norm = Math.sqrt(ids.length) * maxIdf;
      const kept = ids.filter((id) => tagIdf(df[id]!) > 0);
      return { ids: kept, weights: kept.map((id) => tagIdf(df[id]!) / norm) };
    }),
  );
  return { rows, names };
}

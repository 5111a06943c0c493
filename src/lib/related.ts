/**
 * Related articles: for every story, the few others a reader of it most
 * likely wants next, computed once per build for the whole archive.
 *
 * Score of candidate c for story s (each part in [0, 1] before weighting):
 *
 *   total = weights.text    × text similarity of title, dek and body
 *         + weights.tags    × shared tags, rarer tags weighing more
 *         + weights.section × (1 if same section)
 *         + weights.recency × 2^(−|days apart| / recencyHalfLifeDays)
 *
 * A candidate from another section is listed only if its weighted text and
 * tag parts reach otherSectionMinimum: section and time alone relate only
 * stories of the same section.
 *
 * Text: Markdown is scanned once (text-terms.ts: no syntax or URLs, stop words
 * out, light stemming). A term's weight in a story is BM25-like: saturated
 * field-weighted frequency (title ×3, dek ×2; a word said once counts 0.4, as
 * one-off words say little) × idf. idf is classic Robertson–Spärck Jones,
 * exactly 0 for words in half the stories or more (over-common), with rare
 * words counted as if in MIN_DF stories (chance co-occurrences of one-off
 * words must not dominate). Each story keeps its heaviest terms (at most
 * `termsPerDocument`); terms under 20% of its heaviest are dropped and those
 * under 40% fade in linearly. Similarity is the dot product of these vectors
 * normalised per story *without* idf (times the largest idf, so it stays ≤ 1).
 *
 * Stability: nothing global moves when one story is added. idf uses the
 * archive size rounded down to a quarter octave, so N changes every ~19% of
 * growth, not every story; normalisation is per story and idf-free, so a
 * word's idf moving (a new story uses it) changes only the scores of stories
 * sharing that word, a little; cut-offs fade instead of jumping; generic tags
 * (in over 5% of stories) move in doubling steps. What remains are swaps of
 * near-tied candidates (see the unit test).
 *
 * Not all pairs: an inverted index maps each term (a story's `queryTerms`
 * heaviest) and tag to its stories, in publication order. Each story walks the
 * postings of its own query terms and tags, accumulating partial dot
 * products; an over-common term or tag (more than `maxPostingsPerTerm`
 * stories) contributes only the stories nearest in time, which is where a
 * long storyline's best links are anyway. The best `candidatePool` by that
 * estimate (plus section and recency) are scored exactly and the top `count`
 * kept. Work per story is bounded by queryTerms × maxPostingsPerTerm, so the
 * build grows about linearly with the archive.
 *
 * Determinism: stories are processed in id order and every tie is broken by
 * id, so the input order never matters.
 */
import { availableParallelism } from 'node:os';
import { slugify } from './slug.ts';
import { bufferFor, countDocumentTerms, type HelperThread, type TermCounts } from './text-terms.ts';

export interface RelatedDocument {
  id: string;
  title: string;
  description: string;
  /** Raw Markdown. */
  body: string;
  section: string;
  tags: readonly string[];
  publishedAt: Date;
  /** Editor-pinned related story ids, shown first in this order. */
  related?: readonly string[];
}

/** How much each part of the score counts. Each part is in [0, 1] before weighting. */
export interface RelatedWeights {
  /** Text similarity of title, description and body: tf-idf vectors, each normalised without idf, so at most 1. Default 1. */
  text: number;
  /** Shared tags, each counting its idf² (rarer tags count more), over √(tags of one × tags of the other) × the largest idf². Default 0.3. */
  tags: number;
  /** Same section. Default 0.05. */
  section: number;
  /** Closeness in time: 1 for the same moment, ½ one half-life apart. Default 0.1. */
  recency: number;
}

/** How many times a word in each field counts compared with one in the body. */
export interface RelatedFieldWeights {
  title: number;
  description: number;
  body: number;
}

export interface RelatedOptions {
  /** Links per story, editor-pinned ones included (pinned links beyond it are cut too). Default 5. */
  count: number;
  /**
   * Whether stories published after a story may be suggested for it (default
   * true). false keeps lists to earlier stories, so a page's list never
   * changes when later stories are published (Hugo's includeNewer). Editors'
   * pinned links are kept either way.
   */
  includeNewer: boolean;
  /** Default { text: 1, tags: 0.3, section: 0.05, recency: 0.1 }: text decides, tags confirm, section and time break near-ties. */
  weights: RelatedWeights;
  /** Days after which the recency part halves. Default 365. */
  recencyHalfLifeDays: number;
  /** Default { title: 3, description: 2, body: 1 }. */
  fieldWeights: RelatedFieldWeights;
  /** The most distinctive terms kept per story for text similarity (lighter ones fade out anyway). Default 64. */
  termsPerDocument: number;
  /** A story's heaviest terms used to look for candidates (all its terms count in the exact score). Default 16. */
  queryTerms: number;
  /**
   * Cap on how many stories any one term or tag contributes as candidates for
   * one story: for terms and tags in more stories than this, only the ones
   * published nearest in time are visited. Bounds the work per story. Default 200.
   */
  maxPostingsPerTerm: number;
  /**
   * Threads: 2 lets a worker thread share the text scan, the text vectors
   * and the candidate search of a large archive (2,000 stories or more); 1 keeps to
   * this thread (more count as 2). The lists are the same either way.
   * Default 2, or 1 on a one-core machine.
   */
  threads: number;
  /** Candidates per story that are scored exactly (and the most explain() can list besides pinned ones). Default 20. */
  candidatePool: number;
  /**
   * A story from another section is listed only if its weighted text and tag
   * parts together reach this (default 0.1). In a small archive the few words
   * any two stories share would otherwise link a gallery review to a space
   * launch; a story of the same section needs no such evidence. 0 turns it off.
   */
  otherSectionMinimum: number;
}

export const defaultRelatedOptions: RelatedOptions = {
  count: 5,
  includeNewer: true,
  weights: { text: 1, tags: 0.3, section: 0.05, recency: 0.1 },
  recencyHalfLifeDays: 365,
  fieldWeights: { title: 3, description: 2, body: 1 },
  termsPerDocument: 64,
  queryTerms: 16,
  maxPostingsPerTerm: 200,
  candidatePool: 20,
  otherSectionMinimum: 0.1,
  threads: Math.min(2, availableParallelism()),
};

/** What a site config may override: any option, and any single weight. */
export type RelatedOverrides = Partial<Omit<RelatedOptions, 'weights' | 'fieldWeights'>> & {
  weights?: Partial<RelatedWeights>;
  fieldWeights?: Partial<RelatedFieldWeights>;
};

/** One candidate's score, part by part; the parts are already weighted, so text + tags + section + recency = total. */
export interface RelatedScore {
  id: string;
  total: number;
  text: number;
  tags: number;
  section: number;
  recency: number;
  /** Pinned by an editor: listed first whatever its score. */
  pinned: boolean;
  /** The shared terms that weigh most in the text part, strongest first (at most 8). */
  sharedTerms: string[];
  /** Shared tags (slug form), rarest first. */
  sharedTags: string[];
}

export interface RelatedIndex {
  /** Related story ids for a story, best first, pinned first; [] for an unknown id. */
  relatedTo(id: string): string[];
  /**
   * Why: the first `limit` (default 10) entries of the story's ranking (pinned
   * first, then candidates by score), each with its score parts, so
   * `explain(id, count)` lists what `relatedTo(id)` returns. [] for an unknown id.
   */
  explain(id: string, limit?: number): RelatedScore[];
  /** The options in force, defaults filled in. */
  readonly options: RelatedOptions;
  /** Whether a worker thread shared the text scan, the text vectors and the candidate search (large archives, threads ≥ 2). */
  readonly workerThread: boolean;
}

/** Rare-term floor: a term (or tag) in fewer stories counts as if it were in this many, so chance co-occurrences of one-off words don't dominate, and their idf does not move when one more story uses them. */
const MIN_DF = 5;
const MIN_REFERENCE = 32;
/** Tags in more than this share of stories are generic; their idf moves in doubling steps of frequency (not story by story). */
const GENERIC_TAG_SHARE = 0.05;
const NO_PINS: readonly number[] = [];

export function resolveRelatedOptions(overrides: RelatedOverrides = {}): RelatedOptions {
  const options: RelatedOptions = {
    ...defaultRelatedOptions,
    ...definedOnly(overrides),
    weights: { ...defaultRelatedOptions.weights, ...definedOnly(overrides.weights ?? {}) },
    fieldWeights: { ...defaultRelatedOptions.fieldWeights, ...definedOnly(overrides.fieldWeights ?? {}) },
  };
  const check = (name: string, value: number, min: number, integer = false) => {
    if (!Number.isFinite(value) || value < min || (integer && !Number.isInteger(value)))
      throw new RangeError(`related: ${name} must be ${integer ? 'an integer' : 'a number'} ≥ ${min}, got ${value}`);
  };
  check('count', options.count, 0, true);
  check('recencyHalfLifeDays', options.recencyHalfLifeDays, Number.MIN_VALUE);
  check('termsPerDocument', options.termsPerDocument, 1, true);
  check('queryTerms', options.queryTerms, 1, true);
  check('maxPostingsPerTerm', options.maxPostingsPerTerm, 1, true);
  check('candidatePool', options.candidatePool, 1, true);
  check('otherSectionMinimum', options.otherSectionMinimum, 0);
  check('threads', options.threads, 1, true);
  for (const [name, value] of Object.entries(options.weights)) check(`weights.${name}`, value, 0);
  for (const [name, value] of Object.entries(options.fieldWeights)) check(`fieldWeights.${name}`, value, 0);
  return options;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

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

/** A sparse table: row r's entries are ids/weights[start[r] … end[r]). */
interface Rows {
  start: Int32Array;
  end: Int32Array;
  ids: Int32Array;
  weights: Float32Array;
}

/** Rows stored one after another: row r ends where row r + 1 starts. */
function packedRows(start: Int32Array, ids: Int32Array, weights: Float32Array): Rows {
  return { start, end: start.subarray(1), ids, weights };
}

export function buildRelatedIndex(docs: readonly RelatedDocument[], overrides: RelatedOverrides = {}): RelatedIndex {
  const options = resolveRelatedOptions(overrides);

  // Stories in id order: index i everywhere below; ties broken by index are broken by id.
  const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = sorted.length;
  const ids = sorted.map((doc) => doc.id);
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => {
    if (indexOf.has(id)) throw new Error(`related: duplicate story id "${id}"`);
    indexOf.set(id, i);
  });
  const time = new Float64Array(n);
  sorted.forEach((doc, i) => {
    const t = doc.publishedAt.getTime();
    if (!Number.isFinite(t)) throw new TypeError(`related: story "${doc.id}" has an invalid publishedAt`);
    time[i] = t;
  });
  const sectionNames = new Map<string, number>();
  const sectionOf = Int32Array.from(sorted, (doc) => {
    let s = sectionNames.get(doc.section);
    if (s === undefined) sectionNames.set(doc.section, (s = sectionNames.size));
    return s;
  });

  // Publication order (ties by id): every posting list is kept in it.
  const byTime = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => time[a]! - time[b]! || a - b);
  const timeRank = new Int32Array(n);
  byTime.forEach((doc, rank) => (timeRank[doc] = rank));

  const { title, description, body } = options.fieldWeights;
  // Every story's terms; the worker thread that helped scan them, if any, then shares the vectors and the candidate search.
  const counts = countDocumentTerms(sorted, [title, description, body], options.threads, true);
  const helper = counts.helper;
  // Tags and sections need no text: they are indexed while the worker thread starts on the text vectors.
  const text = termVectors(counts, n, options, () => {
    const tags = tagVectors(sorted);
    const sections = packedRows(Int32Array.from({ length: n + 1 }, (_, i) => i), sectionOf, new Float32Array(n));
    return { tags, tagPostings: postings(tags.rows, tags.names.length, byTime, Infinity), sectionPostings: postings(sections, sectionNames.size, byTime, Infinity) };
  });
  const { tags: tagRows, tagPostings, sectionPostings } = text.meanwhile;
  const textRows = text.rows;
  // Stories are found through their heaviest terms (and all their tags); exact scores use whole vectors.
  const textPostings = postings(textRows, counts.vocabulary.length, byTime, options.queryTerms);

  const pinnedOf = (doc: number): number[] => {
    const pinned: number[] = [];
    for (const id of sorted[doc]!.related ?? []) {
      const other = indexOf.get(id);
      if (other !== undefined && other !== doc && !pinned.includes(other)) pinned.push(other);
    }
    return pinned;
  };

  const input: ScorerInput = { n, time, timeRank, byTime, sectionOf, textRows, tagRows: tagRows.rows, textPostings, tagPostings, sectionPostings, options };
  const scorer = new Scorer(input);
  // Every story's candidate pool, best first: story d's is pools[d·poolSize … d·poolSize + poolSizes[d]).
  const poolSize = options.candidatePool;
  const worker = text.worker && helper !== undefined;
  const pools = new Int32Array(bufferFor(worker, 4 * n * poolSize));
  const poolSizes = new Int32Array(bufferFor(worker, 4 * n));
  const searched = shareLoop(worker ? helper : undefined, n, 'poolLoop', { input, pools, poolSizes });
  helper?.close();

  // The whole archive's lists, once.
  const count = options.count;
  // Every story's list, flat: story d's are lists[d·count … d·count + lengths[d]).
  const lists = new Int32Array(n * count);
  const lengths = new Uint16Array(n);
  for (let doc = 0; doc < n; doc++) {
    // Pinned stories first, then the pool's best.
    const at = doc * count;
    let length = 0;
    const pinned = sorted[doc]!.related?.length ? pinnedOf(doc) : NO_PINS;
    for (; length < count && length < pinned.length; length++) lists[at + length] = pinned[length]!;
    for (let k = doc * poolSize, end = k + poolSizes[doc]!; k < end && length < count; k++) if (!pinned.includes(pools[k]!)) lists[at + length++] = pools[k]!;
    lengths[doc] = length;
  }

  return {
    options,
    workerThread: worker && searched,
    relatedTo(id) {
      const doc = indexOf.get(id);
      return doc === undefined ? [] : Array.from(lists.subarray(doc * count, doc * count + lengths[doc]!), (other) => ids[other]!);
    },
    explain(id, limit = 10) {
      const doc = indexOf.get(id);
      if (doc === undefined) return [];
      const pinned = pinnedOf(doc);
      const order = [...pinned, ...Array.from(scorer.candidates(doc)).filter((other) => !pinned.includes(other))].slice(0, Math.max(0, limit));
      return order.map((other) => {
        const parts = scorer.score(doc, other);
        return {
          id: ids[other]!,
          ...parts,
          pinned: pinned.includes(other),
          sharedTerms: shared(textRows, doc, other, 8).map((term) => counts.vocabulary[term]!),
          sharedTags: shared(tagRows.rows, doc, other, Infinity).map((tag) => tagRows.names[tag]!),
        };
      });
    },
  };
}

/** The ids two rows have in common, by product of weights, strongest first. */
function shared(rows: Rows, a: number, b: number, limit: number): number[] {
  const weightInB = new Map<number, number>();
  for (let k = rows.start[b]!; k < rows.end[b]!; k++) weightInB.set(rows.ids[k]!, rows.weights[k]!);
  const common: [number, number][] = [];
  for (let k = rows.start[a]!; k < rows.end[a]!; k++) {
    const other = weightInB.get(rows.ids[k]!);
    if (other !== undefined) common.push([rows.ids[k]!, rows.weights[k]! * other]);
  }
  return common
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, limit)
    .map(([id]) => id);
}

/**
 * Each story's text vector: its `termsPerDocument` heaviest terms (saturated
 * field-weighted tf × idf), L2-normalised, heaviest first. The worker thread
 * that helped scan, if any, shares the work; this thread runs `meanwhile`
 * first and returns its value.
 */
function termVectors<T>(counts: TermCounts, n: number, options: RelatedOptions, meanwhile: () => T): { rows: Rows; worker: boolean; meanwhile: T } {
  const { vocabulary, terms, tf, docStart, df, helper } = counts;
  const reference = referenceSize(n);
  const idfOf = new Float64Array(vocabulary.length);
  for (let term = 0; term < idfOf.length; term++) idfOf[term] = df[term]! >= 2 ? idf(df[term]!, reference) : 0;
  // Each story's vector has a place of its own, so either thread can write any story's: room for as many terms as it may keep.
  const limit = options.termsPerDocument;
  const at = new Int32Array(n + 1);
  for (let doc = 0; doc < n; doc++) at[doc + 1] = at[doc]! + Math.min(limit, docStart[doc + 1]! - docStart[doc]!);
  // They stay there, gaps and all: packing them into one table took 6–9 ms here while the worker waited, and more memory.
  const shared = helper !== undefined;
  const out = { ids: new Int32Array(bufferFor(shared, 4 * at[n]!)), weights: new Float32Array(bufferFor(shared, 4 * at[n]!)), end: new Int32Array(bufferFor(shared, 4 * n)) };
  let alongside!: T;
  const worker = shareLoop(helper, n, 'vectorLoop', { idfOf, maxIdf: idf(1, reference), limit, terms, tf, docStart, at, ...out }, () => (alongside = meanwhile()));
  return { rows: { start: at, ...out }, worker, meanwhile: alongside };
}

/** Each story's tags in slug form, weighted by idf (tags on one story only are dropped), L2-normalised. */
function tagVectors(docs: readonly RelatedDocument[]): { rows: Rows; names: string[] } {
  const n = docs.length;
  const names: string[] = [];
  const bySlug = new Map<string, number>();
  const slugs = new Map<string, string>();
  const perDoc = docs.map((doc) => {
    const tags: number[] = [];
    for (const tag of doc.tags) {
      let slug = slugs.get(tag);
      if (slug === undefined) slugs.set(tag, (slug = slugify(tag)));
      if (!slug) continue;
      let id = bySlug.get(slug);
      if (id === undefined) bySlug.set(slug, (id = names.push(slug) - 1));
      if (!tags.includes(id)) tags.push(id);
    }
    return tags.sort((a, b) => a - b);
  });
  const df = new Int32Array(names.length);
  for (const tags of perDoc) for (const tag of tags) df[tag]!++;
  const start = new Int32Array(n + 1);
  const ids: number[] = [];
  const weights: number[] = [];
  const reference = referenceSize(n);
  const generic = Math.max(MIN_DF, GENERIC_TAG_SHARE * reference);
  const tagIdf = (d: number) => idf(d <= generic ? d : generic * 2 ** Math.floor(Math.log2(d / generic)), reference);
  const maxIdf = idf(1, reference);
  perDoc.forEach((tags, doc) => {
    // Norm without idf, as for text: sharing one generic tag is weak evidence however few tags the stories have.
    const norm = Math.sqrt(tags.length) * maxIdf;
    for (const tag of tags) {
      const w = df[tag]! >= 2 ? tagIdf(df[tag]!) : 0;
      if (w === 0) continue;
      ids.push(tag);
      weights.push(w / norm);
    }
    start[doc + 1] = ids.length;
  });
  return { rows: packedRows(start, Int32Array.from(ids), Float32Array.from(weights)), names };
}

/** Inverts rows (their first `perRow` entries): for each column (term, tag, section), the publication ranks of the rows holding it, in order. */
function postings(rows: Rows, columns: number, byTime: Int32Array, perRow: number): Rows {
  const start = new Int32Array(columns + 1);
  // Each row's first perRow entries end here (a table, not a closure: a new closure per call cost V8 a recompile).
  const until = new Int32Array(rows.end.length);
  for (let row = 0; row < until.length; row++) until[row] = Math.min(rows.end[row]!, rows.start[row]! + perRow);
  for (let row = 0; row < until.length; row++) for (let k = rows.start[row]!; k < until[row]!; k++) start[rows.ids[k]! + 1]!++;
  for (let c = 0; c < columns; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, columns);
  const ids = new Int32Array(start[columns]!);
  const weights = new Float32Array(start[columns]!);
  // Postings hold publication ranks, not story indices: stories near in time are near in the scorer's arrays.
  for (let rank = 0; rank < byTime.length; rank++) {
    const doc = byTime[rank]!;
    for (let k = rows.start[doc]!; k < until[doc]!; k++) {
      const at = fill[rows.ids[k]!]!++;
      ids[at] = rank;
      weights[at] = rows.weights[k]!;
    }
  }
  return packedRows(start, ids, weights);
}


/** What the scorer reads: plain data, so a worker thread can be handed it (a copy, but for the arrays in shared memory). */
interface ScorerInput {
  n: number;
  time: Float64Array;
  /** Story index → publication rank, and back. */
  timeRank: Int32Array;
  byTime: Int32Array;
  sectionOf: Int32Array;
  textRows: Rows;
  tagRows: Rows;
  textPostings: Rows;
  tagPostings: Rows;
  sectionPostings: Rows;
  options: RelatedOptions;
}

/**
 * A loop over stories 0…n that this thread and the worker thread share: each
 * claims the next GRAIN stories from `next` until none are left, and marks
 * each grain it finishes in `done` (grain g is stories g·GRAIN…).
 */
interface SharedLoop {
  n: number;
  next: Int32Array;
  done: Uint8Array;
}

/** The input of vectorLoop: every story's term counts (see countDocumentTerms), term weights, and where each story's vector goes. */
interface VectorJob {
  idfOf: Float64Array;
  maxIdf: number;
  limit: number;
  terms: Int32Array;
  tf: Float32Array;
  docStart: Int32Array;
  /** Story d's vector goes to ids/weights[at[d] … end[d]). */
  at: Int32Array;
  ids: Int32Array;
  weights: Float32Array;
  end: Int32Array;
}

/** The input of poolLoop: story d's candidate pool, best first, goes to pools[d·candidatePool …] and its size to poolSizes[d]. */
interface PoolJob {
  input: ScorerInput;
  pools: Int32Array;
  poolSizes: Int32Array;
}

/** A loop shareLoop() can run on both threads at once. */
type LoopEntry = 'vectorLoop' | 'poolLoop';
type LoopJob<E extends LoopEntry> = Omit<Parameters<ReturnType<typeof scorerRuntime>[E]>[0], 'loop'>;

/**
 * Runs one of scorerRuntime's loops over stories 0…n on this thread and, if
 * one is given, the worker thread at once. They claim a few stories at a time,
 * so neither waits long for the other, however late the worker starts or
 * slowly it runs. `meanwhile` runs here first. Returns whether the worker
 * took part; if it failed, the stories it claimed and did not finish are done
 * here, so the result is the same either way. A worker that claimed nothing
 * is not waited for (and should be given no more work: it may still be
 * starting this job).
 */
function shareLoop<E extends LoopEntry>(helper: HelperThread | undefined, n: number, entry: E, job: LoopJob<E>, meanwhile?: () => void): boolean {
  const shared = helper !== undefined;
  const grains = Math.ceil(n / GRAIN);
  const loop: SharedLoop = { n, next: new Int32Array(bufferFor(shared, 4)), done: new Uint8Array(bufferFor(shared, grains)) };
  // TypeScript cannot tie runtime[entry] to E; LoopJob<E> is its parameter type by definition.
  const run = runtime[entry] as unknown as (input: LoopJob<E> & { loop: SharedLoop }) => { value: number };
  const started = helper?.start(scorerRuntime, entry, { ...job, loop }) ?? false;
  meanwhile?.();
  const joined = run({ ...job, loop }).value < grains && started && helper!.result() !== undefined;
  for (let grain = 0; grain < grains; grain++)
    if (!loop.done[grain]) run({ ...job, loop: { n: Math.min(n, (grain + 1) * GRAIN), next: Int32Array.of(grain * GRAIN), done: loop.done } });
  return joined;
}

/**
 * Text vectors, candidate search and exact scoring in one self-contained
 * function, like textTermsRuntime: the worker thread that helped scan the text
 * compiles the very same code from its source and shares the vector and pool
 * loops, so nothing in it may refer to anything outside it.
 */
function scorerRuntime() {
  const DAY_MS = 86_400_000;
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
  /** The exact total of a candidate that may not be listed (see otherSectionMinimum); real totals are ≥ 0. */
  const NOT_RELATED = -1;


  /** Candidate generation and exact scoring, with scratch space reused across stories. */
  class Scorer {
    private readonly input: ScorerInput;
    /** By publication rank: the time and section of each story, for the estimates. */
    private readonly timeByRank: Float64Array;
    private readonly sectionByRank: Int32Array;
    /** Scratch by publication rank (candidates near in time sit near each other in memory). */
    private readonly acc: Float64Array;
    private readonly stamp: Int32Array;
    private readonly touched: Int32Array;
    private touchedCount = 0;
    private readonly textQuery: Float32Array;
    private readonly tagQuery: Float32Array;
    private readonly pool: TopK;
    private generation = 0;
    private readonly decay: number;
    /** Recency by whole days apart, for estimates (exact scores use the exact time). */
    private readonly recencyByDay: Float64Array;
    /** The posting range chosen by window(). */
    private from = 0;
    private to = 0;

    constructor(input: ScorerInput) {
      this.input = input;
      this.timeByRank = Float64Array.from(input.byTime, (doc) => input.time[doc]!);
      this.sectionByRank = Int32Array.from(input.byTime, (doc) => input.sectionOf[doc]!);
      this.acc = new Float64Array(input.n);
      this.stamp = new Int32Array(input.n);
      this.touched = new Int32Array(input.n);
      this.textQuery = new Float32Array(input.textPostings.start.length);
      this.tagQuery = new Float32Array(input.tagPostings.start.length);
      this.pool = new TopK(input.options.candidatePool);
      this.decay = Math.LN2 / (input.options.recencyHalfLifeDays * DAY_MS);
      const days = Math.min(1 << 16, Math.ceil(input.options.recencyHalfLifeDays * 40));
      this.recencyByDay = Float64Array.from({ length: days + 1 }, (_, d) => (d === days ? 0 : Math.exp(-d * DAY_MS * this.decay)));
    }

    /** The candidate pool for `doc`, best first by exact total (pinned links not treated specially); valid until the next call. */
    candidates(doc: number): Int32Array {
      const { time, sectionOf, timeRank, byTime, textRows, tagRows, textPostings, tagPostings, sectionPostings, options } = this.input;
      const { weights, count } = options;
      const generation = ++this.generation;
      this.stamp[timeRank[doc]!] = generation; // never its own candidate
      this.touchedCount = 0;
      const cap = options.maxPostingsPerTerm;
      if (weights.text > 0)
        for (let k = textRows.start[doc]!, end = Math.min(textRows.end[doc]!, k + options.queryTerms); k < end; k++)
          this.accumulate(textPostings, textRows.ids[k]!, cap, weights.text * textRows.weights[k]!, doc, generation);
      if (weights.tags > 0)
        for (let k = tagRows.start[doc]!; k < tagRows.end[doc]!; k++)
          this.accumulate(tagPostings, tagRows.ids[k]!, cap, weights.tags * tagRows.weights[k]!, doc, generation);
      // Stories with little text and no shared tags still get the same section's nearest stories in time.
      this.accumulate(sectionPostings, sectionOf[doc]!, Math.max(2 * count, 8), 0, doc, generation);

      // The pool, by estimate: accumulated text and tags, plus section and recency.
      const pool = this.pool;
      const acc = this.acc;
      const touched = this.touched;
      const timeByRank = this.timeByRank;
      const sectionByRank = this.sectionByRank;
      const t0 = time[doc]!;
      const section = sectionOf[doc]!;
      const extra = weights.section + weights.recency;
      const byDay = this.recencyByDay;
      const lastDay = byDay.length - 1;
      pool.clear();
      for (let k = 0; k < this.touchedCount; k++) {
        const rank = touched[k]!;
        const base = acc[rank]!;
        if (pool.full && base + extra < pool.worstScore) continue;
        const days = Math.abs(timeByRank[rank]! - t0) / DAY_MS;
        let estimate = base + weights.recency * byDay[days < lastDay ? days | 0 : lastDay]!;
        if (sectionByRank[rank] === section) estimate += weights.section;
        pool.offer(byTime[rank]!, estimate);
      }
      const size = pool.drain();
      // Exact totals for the pool, then best first (ties to the lower index, i.e. id); insertion sort, the pool is small.
      this.load(doc);
      const ids = pool.ids;
      const totals = pool.scores;
      for (let k = 0; k < size; k++) totals[k] = this.exactTotal(doc, ids[k]!);
      this.unload(doc);
      for (let k = 1; k < size; k++) {
        const id = ids[k]!;
        const total = totals[k]!;
        let j = k - 1;
        while (j >= 0 && (totals[j]! < total || (totals[j] === total && ids[j]! > id))) {
          ids[j + 1] = ids[j]!;
          totals[j + 1] = totals[j]!;
          j--;
        }
        ids[j + 1] = id;
        totals[j + 1] = total;
      }
      // Candidates from other sections without enough in common sort last: leave them out.
      let kept = size;
      while (kept > 0 && totals[kept - 1] === NOT_RELATED) kept--;
      return ids.subarray(0, kept);
    }

    /** Adds `queryWeight` × posting weight to every story in the visited part of one posting list. */
    private accumulate(rows: Rows, row: number, cap: number, queryWeight: number, doc: number, generation: number): void {
      this.window(rows, row, doc, cap);
      const { time, options } = this.input;
      const includeNewer = options.includeNewer;
      const t0 = time[doc]!;
      const timeByRank = this.timeByRank;
      const ids = rows.ids;
      const weights = rows.weights;
      const acc = this.acc;
      const stamp = this.stamp;
      const touched = this.touched;
      let touchedCount = this.touchedCount;
      if (includeNewer) {
        // Without branches: whether a story was already seen for this one is a coin toss to the processor. A story not
        // yet seen holds a stale sum, which counts 0 times (sums are finite unless weights near 1e308 overflow them), and
        // joins the touched list by moving the list's end past it.
        for (let j = this.from, to = this.to; j < to; j++) {
          const rank = ids[j]!;
          const seen = +(stamp[rank] === generation);
          acc[rank] = acc[rank]! * seen + queryWeight * weights[j]!;
          stamp[rank] = generation;
          touched[touchedCount] = rank;
          touchedCount += 1 - seen;
        }
      } else {
        for (let j = this.from, to = this.to; j < to; j++) {
          const rank = ids[j]!;
          if (stamp[rank] === generation) acc[rank]! += queryWeight * weights[j]!;
          else if (timeByRank[rank]! < t0) {
            stamp[rank] = generation;
            acc[rank] = queryWeight * weights[j]!;
            touched[touchedCount++] = rank;
          }
        }
      }
      this.touchedCount = touchedCount;
    }

    /** All score parts of `other` as a candidate for `doc`. */
    score(doc: number, other: number): Omit<RelatedScore, 'id' | 'pinned' | 'sharedTerms' | 'sharedTags'> {
      const { textRows, tagRows, sectionOf, time, options } = this.input;
      const { weights } = options;
      this.load(doc);
      const text = dot(textRows, other, this.textQuery);
      const tags = dot(tagRows, other, this.tagQuery);
      this.unload(doc);
      const parts = {
        text: weights.text * text,
        tags: weights.tags * tags,
        section: sectionOf[other] === sectionOf[doc] ? weights.section : 0,
        recency: weights.recency * Math.exp(-Math.abs(time[other]! - time[doc]!) * this.decay),
      };
      return { total: this.exactTotal(doc, other, parts), ...parts };
    }

    /** The total, summed in one fixed order so that candidates() and explain() agree to the last bit. */
    private exactTotal(doc: number, other: number, parts?: { text: number; tags: number; section: number; recency: number }): number {
      if (parts) return parts.text + parts.tags + parts.section + parts.recency;
      const { textRows, tagRows, sectionOf, time, options } = this.input;
      const { weights } = options;
      const text = weights.text * dot(textRows, other, this.textQuery);
      const tags = weights.tags * dot(tagRows, other, this.tagQuery);
      const sameSection = sectionOf[other] === sectionOf[doc];
      if (!sameSection && text + tags < options.otherSectionMinimum) return NOT_RELATED;
      const recency = weights.recency * Math.exp(-Math.abs(time[other]! - time[doc]!) * this.decay);
      return text + tags + (sameSection ? weights.section : 0) + recency;
    }

    /** Sets from/to: the whole posting list, or the `cap` entries nearest `doc` in time (only earlier ones unless includeNewer). */
    private window(rows: Rows, row: number, doc: number, cap: number): void {
      const start = rows.start[row]!;
      const end = rows.end[row]!;
      const includeNewer = this.input.options.includeNewer;
      if (end - start <= cap && includeNewer) {
        this.from = start;
        this.to = end;
        return;
      }
      const { timeRank } = this.input;
      const rank = timeRank[doc]!;
      let lo = start;
      let hi = end;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (rows.ids[mid]! < rank) lo = mid + 1;
        else hi = mid;
      }
      if (!includeNewer) {
        this.from = Math.max(start, lo - cap);
        this.to = lo;
        return;
      }
      // The story itself sits at lo: take cap others around it.
      const to = Math.min(end, Math.max(start, lo - (cap >> 1)) + cap + 1);
      this.from = Math.max(start, to - cap - 1);
      this.to = to;
    }

    private load(doc: number): void {
      const { textRows, tagRows } = this.input;
      for (let k = textRows.start[doc]!; k < textRows.end[doc]!; k++) this.textQuery[textRows.ids[k]!] = textRows.weights[k]!;
      for (let k = tagRows.start[doc]!; k < tagRows.end[doc]!; k++) this.tagQuery[tagRows.ids[k]!] = tagRows.weights[k]!;
    }

    private unload(doc: number): void {
      const { textRows, tagRows } = this.input;
      for (let k = textRows.start[doc]!; k < textRows.end[doc]!; k++) this.textQuery[textRows.ids[k]!] = 0;
      for (let k = tagRows.start[doc]!; k < tagRows.end[doc]!; k++) this.tagQuery[tagRows.ids[k]!] = 0;
    }
  }

  /** Cosine of row `row` with the loaded query (both unit vectors), clamped to 1 against rounding. */
  function dot(rows: Rows, row: number, query: Float32Array): number {
    let sum = 0;
    const ids = rows.ids;
    const weights = rows.weights;
    for (let k = rows.start[row]!, end = rows.end[row]!; k < end; k++) sum += query[ids[k]!]! * weights[k]!;
    return Math.min(1, sum);
  }

  /**
   * Keeps the `capacity` best (id, score) pairs offered: highest score first,
   * ties to the lower id. A binary min-heap on typed arrays.
   */
  class TopK {
    readonly ids: Int32Array;
    readonly scores: Float64Array;
    private size = 0;
    private readonly capacity: number;

    constructor(capacity: number) {
      this.capacity = capacity;
      this.ids = new Int32Array(capacity);
      this.scores = new Float64Array(capacity);
    }

    clear(): void {
      this.size = 0;
    }

    get full(): boolean {
      return this.size === this.capacity;
    }

    /** The lowest kept score (meaningful when full). */
    get worstScore(): number {
      return this.scores[0]!;
    }

    /** Is (id a, score sa) worse than (id b, score sb)? */
    private static worse(sa: number, a: number, sb: number, b: number): boolean {
      return sa < sb || (sa === sb && a > b);
    }

    offer(id: number, score: number): void {
      const { ids, scores } = this;
      if (this.size < this.capacity) {
        let i = this.size++;
        while (i > 0) {
          const parent = (i - 1) >> 1;
          if (!TopK.worse(score, id, scores[parent]!, ids[parent]!)) break;
          ids[i] = ids[parent]!;
          scores[i] = scores[parent]!;
          i = parent;
        }
        ids[i] = id;
        scores[i] = score;
        return;
      }
      if (!TopK.worse(scores[0]!, ids[0]!, score, id)) return;
      this.siftDown(0, id, score, this.size);
    }

    private siftDown(i: number, id: number, score: number, size: number): void {
      const { ids, scores } = this;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= size) break;
        if (child + 1 < size && TopK.worse(scores[child + 1]!, ids[child + 1]!, scores[child]!, ids[child]!)) child++;
        if (!TopK.worse(scores[child]!, ids[child]!, score, id)) break;
        ids[i] = ids[child]!;
        scores[i] = scores[child]!;
        i = child;
      }
      ids[i] = id;
      scores[i] = score;
    }

    /** Sorts the kept pairs best first into ids/scores[0…size) and returns size; the heap is then empty. */
    drain(): number {
      const size = this.size;
      // Heap sort: repeatedly move the worst to the end.
      for (let end = size - 1; end > 0; end--) {
        const id = this.ids[end]!;
        const score = this.scores[end]!;
        this.ids[end] = this.ids[0]!;
        this.scores[end] = this.scores[0]!;
        this.siftDown(0, id, score, end);
      }
      this.size = 0;
      return size;
    }
  }

  /** Stories claimed at a time by either thread in a shared loop: a few milliseconds of work. */
  const GRAIN = 32;

  /** Calls work(from, to) on the next GRAIN stories of the loop until none are left, marking each grain done; returns how many grains it did. */
  function claim(loop: SharedLoop, work: (from: number, to: number) => void): number {
    let grains = 0;
    for (let from = Atomics.add(loop.next, 0, GRAIN); from < loop.n; from = Atomics.add(loop.next, 0, GRAIN), grains++) {
      work(from, Math.min(loop.n, from + GRAIN));
      Atomics.store(loop.done, from / GRAIN, 1);
    }
    return grains;
  }

  /** Candidate pools (see PoolJob), for the stories this thread claims. */
  function poolLoop({ input, pools, poolSizes, loop }: PoolJob & { loop: SharedLoop }): { value: number; transfer: [] } {
    const scorer = new Scorer(input);
    const poolSize = input.options.candidatePool;
    const grains = claim(loop, (from, to) => {
      for (let doc = from; doc < to; doc++) {
        const pool = scorer.candidates(doc);
        pools.set(pool, doc * poolSize);
        poolSizes[doc] = pool.length;
      }
    });
    return { value: grains, transfer: [] };
  }

  /** Text vectors (see termVectors and VectorJob), for the stories this thread claims. */
  function vectorLoop({ idfOf, maxIdf, limit, terms, tf, docStart, at: place, ids, weights, end, loop }: VectorJob & { loop: SharedLoop }): { value: number; transfer: [] } {
    const heap = new TopK(limit);
    const mention = Float64Array.of(SINGLE_MENTION, 1);
    let scratch = new Float64Array(1024);
    let above = new Int32Array(1024);
    // No branches on the terms' weights (each one would be a coin toss to the processor): tables, Math.max, and a count moved by comparisons.
    const grains = claim(loop, (from, to) => {
      for (let doc = from; doc < to; doc++) {
        heap.clear();
        // Weights first; only terms above the fade-out line can be kept, so only they go through the heap.
        const at = docStart[doc]!;
        const count = docStart[doc + 1]! - at;
        if (scratch.length < count) {
          scratch = new Float64Array(2 * count);
          above = new Int32Array(2 * count);
        }
        let heaviest = 0;
        for (let k = 0; k < count; k++) {
          const f = tf[at + k]!;
          // 0 for an over-common term, whose idf is 0.
          const weight = (mention[+(f >= 2)]! * idfOf[terms[at + k]!]! * f * (K1 + 1)) / (f + K1);
          scratch[k] = weight;
          heaviest = Math.max(heaviest, weight);
        }
        const line = heaviest * FADE_LOW;
        let candidates = 0;
        for (let k = 0; k < count; k++) {
          above[candidates] = k;
          candidates += +(scratch[k]! > line);
        }
        for (let c = 0; c < candidates; c++) heap.offer(terms[at + above[c]!]!, scratch[above[c]!]!);
        let size = heap.drain();
        const scores = heap.scores;
        // Fade out the light terms; the norm is taken without idf (times the largest idf, so cosines stay ≤ 1):
        // a change in some word's idf then moves only the scores of stories that share that word.
        const top = scores[0]!;
        let norm = 0;
        let kept = 0;
        for (; kept < size; kept++) {
          const share = scores[kept]! / top;
          if (share <= FADE_LOW) break;
          if (share < FADE_HIGH) scores[kept] = scores[kept]! * ((share - FADE_LOW) / (FADE_HIGH - FADE_LOW));
          const local = scores[kept]! / idfOf[heap.ids[kept]!]!;
          norm += local * local;
        }
        size = kept;
        norm = Math.sqrt(norm) * maxIdf;
        if (!(norm > 0)) size = 0;
        const first = place[doc]!;
        for (let k = 0; k < size; k++) {
          ids[first + k] = heap.ids[k]!;
          weights[first + k] = scores[k]! / norm;
        }
        end[doc] = first + size;
      }
    });
    return { value: grains, transfer: [] };
  }

  return { GRAIN, Scorer, TopK, poolLoop, vectorLoop };
}

const runtime = scorerRuntime();
const { GRAIN, Scorer } = runtime;

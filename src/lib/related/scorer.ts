/**
 * Candidates and scores. Each story walks the posting lists of its heaviest
 * terms, its tags and its section, adding up partial dot products; an
 * over-common term or tag contributes only the stories nearest in time, which
 * is where a long storyline's best links are anyway. The best `candidatePool`
 * by that estimate (plus section and recency) are scored exactly.
 */
import type { RelatedOptions } from './options.ts';
import { BestList } from './best-list.ts';
import { postingWindow, type Rows } from './postings.ts';

const DAY_MS = 86_400_000;

/** What the scorer reads; stories are numbered in id order. */
export interface ScoredArchive {
  /** Each story's publication time (ms) and section number. */
  time: Float64Array;
  section: Int32Array;
  /** Story → publication rank (ties by id), and back. */
  rank: Int32Array;
  byRank: Int32Array;
  /** Story → terms or tags (see vectors.ts). */
  text: Rows;
  tags: Rows;
  /** Term, tag or section → publication ranks of the stories that have it (postings.ts); text postings hold each story's `queryTerms` heaviest terms. */
  textPostings: Rows;
  tagPostings: Rows;
  sectionPostings: Rows;
}

/** A candidate's score, part by part; the parts are already weighted, and add up to the total. */
export interface ScoreParts {
  total: number;
  text: number;
  tags: number;
  section: number;
  recency: number;
}

/** exactTotal of a candidate from another section that shares too little to be listed. */
const NOT_LISTABLE = -1;

export class Scorer {
  private readonly archive: ScoredArchive;
  private readonly options: RelatedOptions;
  private readonly decay: number;
  /** By publication rank: each story's time and section (the posting lists hold ranks, so these are read in order). */
  private readonly timeByRank: Float64Array;
  private readonly sectionByRank: Int32Array;
  /** The recency part's factor for whole days apart, for estimates (0 past 40 half-lives). */
  private readonly recencyByDay: Float64Array;
  /** By publication rank: each candidate's estimate so far, the story it was last touched for, and this story's touched ones. */
  private readonly estimate: Float64Array;
  private readonly touchedFor: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private generation = 0;
  private readonly pool: BestList;
  /** The story being scored, dense: its weight for each term and tag. */
  private readonly textQuery: Float32Array;
  private readonly tagQuery: Float32Array;

  constructor(archive: ScoredArchive, options: RelatedOptions) {
    this.archive = archive;
    this.options = options;
    this.decay = Math.LN2 / (options.recencyHalfLifeDays * DAY_MS);
    const n = archive.time.length;
    this.timeByRank = Float64Array.from(archive.byRank, (doc) => archive.time[doc]!);
    this.sectionByRank = Int32Array.from(archive.byRank, (doc) => archive.section[doc]!);
    const days = Math.min(1 << 16, Math.ceil(options.recencyHalfLifeDays * 40));
    this.recencyByDay = Float64Array.from({ length: days + 1 }, (_, d) => (d === days ? 0 : Math.exp(-d * DAY_MS * this.decay)));
    this.estimate = new Float64Array(n);
    this.touchedFor = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.pool = new BestList(options.candidatePool);
    this.textQuery = new Float32Array(archive.textPostings.start.length - 1);
    this.tagQuery = new Float32Array(archive.tagPostings.start.length - 1);
  }

  /** Story `doc`'s candidates that may be listed, best first by total (ties to the lower id); pinned links are not treated specially. */
  candidates(doc: number): number[] {
    const { text, tags, section, rank, byRank, textPostings, tagPostings, sectionPostings, time } = this.archive;
    const { weights, queryTerms, maxPostingsPerTerm, count } = this.options;
    this.generation++;
    this.touchedFor[rank[doc]!] = this.generation; // never its own candidate
    this.touchedCount = 0;
    if (weights.text > 0)
      for (let k = text.start[doc]!, end = Math.min(text.start[doc + 1]!, k + queryTerms); k < end; k++)
        this.accumulate(textPostings, text.ids[k]!, maxPostingsPerTerm, weights.text * text.weights[k]!, doc);
    if (weights.tags > 0)
      for (let k = tags.start[doc]!; k < tags.start[doc + 1]!; k++) this.accumulate(tagPostings, tags.ids[k]!, maxPostingsPerTerm, weights.tags * tags.weights[k]!, doc);
    // Stories with little text and no shared tags still get the same section's nearest stories in time.
    this.accumulate(sectionPostings, section[doc]!, Math.max(2 * count, 8), 0, doc);

    // The pool, by estimate: accumulated text and tags, plus section and recency by whole days apart.
    const { pool, estimate, touched, timeByRank, sectionByRank, recencyByDay } = this;
    const most = weights.section + weights.recency;
    const lastDay = recencyByDay.length - 1;
    const ownTime = time[doc]!;
    const ownSection = section[doc]!;
    pool.clear();
    for (let k = 0; k < this.touchedCount; k++) {
      const otherRank = touched[k]!;
      const base = estimate[otherRank]!;
      if (pool.full && base + most < pool.worst) continue;
      const days = Math.abs(timeByRank[otherRank]! - ownTime) / DAY_MS;
      let total = base + weights.recency * recencyByDay[days < lastDay ? days | 0 : lastDay]!;
      if (sectionByRank[otherRank] === ownSection) total += weights.section;
      pool.offer(byRank[otherRank]!, total);
    }
    // Exact totals for the pool, best first.
    load(text, doc, this.textQuery, true);
    load(tags, doc, this.tagQuery, true);
    for (let k = 0; k < pool.size; k++) pool.scores[k] = this.exactTotal(doc, pool.ids[k]!);
    load(text, doc, this.textQuery, false);
    load(tags, doc, this.tagQuery, false);
    pool.sort();
    const listed: number[] = [];
    for (let k = 0; k < pool.size && pool.scores[k] !== NOT_LISTABLE; k++) listed.push(pool.ids[k]!);
    return listed;
  }

  /** The score parts of each of `others` as a candidate for `doc`. */
  score(doc: number, others: readonly number[]): ScoreParts[] {
    const { text, tags, section } = this.archive;
    const { weights } = this.options;
    load(text, doc, this.textQuery, true);
    load(tags, doc, this.tagQuery, true);
    const scores = others.map((other) => {
      const textPart = weights.text * dot(text, other, this.textQuery);
      const tagsPart = weights.tags * dot(tags, other, this.tagQuery);
      const sectionPart = section[other] === section[doc] ? weights.section : 0;
      const recency = this.recencyPart(doc, other);
      return { total: textPart + tagsPart + sectionPart + recency, text: textPart, tags: tagsPart, section: sectionPart, recency };
    });
    load(text, doc, this.textQuery, false);
    load(tags, doc, this.tagQuery, false);
    return scores;
  }

  /** The total of `other` as a candidate for `doc` (the query loaded), summed in the order score() sums it; NOT_LISTABLE if it may not be listed. */
  private exactTotal(doc: number, other: number): number {
    const { text, tags, section } = this.archive;
    const { weights, otherSectionMinimum } = this.options;
    const textPart = weights.text * dot(text, other, this.textQuery);
    const tagsPart = weights.tags * dot(tags, other, this.tagQuery);
    const sameSection = section[other] === section[doc];
    if (!sameSection && textPart + tagsPart < otherSectionMinimum) return NOT_LISTABLE;
    return textPart + tagsPart + (sameSection ? weights.section : 0) + this.recencyPart(doc, other);
  }

  private recencyPart(doc: number, other: number): number {
    return this.options.weights.recency * Math.exp(-Math.abs(this.archive.time[other]! - this.archive.time[doc]!) * this.decay);
  }

  /** Adds `weight` × posting weight to the estimate of each story in the part of one posting list that `doc` looks through. */
  private accumulate(postings: Rows, column: number, cap: number, weight: number, doc: number): void {
    const { rank, time } = this.archive;
    const { estimate, touchedFor, touched, timeByRank, generation } = this;
    const [from, to] = postingWindow(postings, column, rank[doc]!, cap, this.options.includeNewer);
    const ids = postings.ids;
    const weights = postings.weights;
    let touchedCount = this.touchedCount;
    if (this.options.includeNewer) {
      // Without branches: whether a story was already seen for this one is a coin toss to the processor. A story not
      // yet seen holds a stale sum, which counts 0 times, and joins the touched list by moving the list's end past it.
      for (let j = from; j < to; j++) {
        const otherRank = ids[j]!;
        const seen = +(touchedFor[otherRank] === generation);
        estimate[otherRank] = estimate[otherRank]! * seen + weight * weights[j]!;
        touchedFor[otherRank] = generation;
        touched[touchedCount] = otherRank;
        touchedCount += 1 - seen;
      }
    } else {
      const ownTime = time[doc]!;
      for (let j = from; j < to; j++) {
        const otherRank = ids[j]!;
        if (touchedFor[otherRank] === generation) estimate[otherRank]! += weight * weights[j]!;
        else if (timeByRank[otherRank]! < ownTime) {
          touchedFor[otherRank] = generation;
          estimate[otherRank] = weight * weights[j]!;
          touched[touchedCount++] = otherRank;
        }
      }
    }
    this.touchedCount = touchedCount;
  }
}

/** Writes row `row` into the dense `query` (or clears it again). */
function load(rows: Rows, row: number, query: Float32Array, on: boolean): void {
  for (let k = rows.start[row]!; k < rows.start[row + 1]!; k++) query[rows.ids[k]!] = on ? rows.weights[k]! : 0;
}

/** Cosine of row `row` with the loaded query (both unit vectors), clamped to 1 against rounding. */
function dot(rows: Rows, row: number, query: Float32Array): number {
  let sum = 0;
  for (let k = rows.start[row]!; k < rows.start[row + 1]!; k++) sum += query[rows.ids[k]!]! * rows.weights[k]!;
  return Math.min(1, sum);
}

/**
 * Candidates and scores. Each story walks the posting lists of its heaviest
 * terms, its tags and its section, adding up partial dot products; an
 * over-common term or tag contributes only the stories nearest in time, which
 * is where a long storyline's best links are anyway. The best `candidatePool`
 * by that estimate (plus section and recency) are scored exactly.
 */
import type { RelatedOptions } from './options.ts';
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
  /** Whether it may be listed: it is of the same section, or shares enough (see otherSectionMinimum). */
  listable: boolean;
}

export class Scorer {
  private readonly archive: ScoredArchive;
  private readonly options: RelatedOptions;
  private readonly decay: number;
  /** By publication rank: each candidate's estimate so far, the story it was last touched for, and this story's touched ones. */
  private readonly estimate: Float64Array;
  private readonly touchedFor: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private generation = 0;
  /** The story being scored, dense: its weight for each term and tag. */
  private readonly textQuery: Float32Array;
  private readonly tagQuery: Float32Array;

  constructor(archive: ScoredArchive, options: RelatedOptions) {
    this.archive = archive;
    this.options = options;
    this.decay = Math.LN2 / (options.recencyHalfLifeDays * DAY_MS);
    const n = archive.time.length;
    this.estimate = new Float64Array(n);
    this.touchedFor = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.textQuery = new Float32Array(archive.textPostings.start.length - 1);
    this.tagQuery = new Float32Array(archive.tagPostings.start.length - 1);
  }

  /** Story `doc`'s candidates that may be listed, best first by total (ties to the lower id); pinned links are not treated specially. */
  candidates(doc: number): number[] {
    const { text, tags, section, rank, byRank, textPostings, tagPostings, sectionPostings } = this.archive;
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

    const pool = new BestList(this.options.candidatePool);
    const most = weights.section + weights.recency;
    for (let k = 0; k < this.touchedCount; k++) {
      const estimate = this.estimate[this.touched[k]!]!;
      if (pool.full && estimate + most < pool.worst) continue;
      const other = byRank[this.touched[k]!]!;
      pool.offer(other, estimate + this.sectionPart(doc, other) + this.recencyPart(doc, other, true));
    }
    const scores = this.score(doc, pool.docs);
    return pool.docs
      .map((other, k) => ({ other, score: scores[k]! }))
      .filter(({ score }) => score.listable)
      .sort((a, b) => b.score.total - a.score.total || a.other - b.other)
      .map(({ other }) => other);
  }

  /** The score parts of each of `others` as a candidate for `doc`. */
  score(doc: number, others: readonly number[]): ScoreParts[] {
    const { text, tags, section } = this.archive;
    const { weights, otherSectionMinimum } = this.options;
    load(text, doc, this.textQuery, true);
    load(tags, doc, this.tagQuery, true);
    const scores = others.map((other) => {
      const textPart = weights.text * dot(text, other, this.textQuery);
      const tagsPart = weights.tags * dot(tags, other, this.tagQuery);
      const sectionPart = this.sectionPart(doc, other);
      const recency = this.recencyPart(doc, other);
      const listable = section[other] === section[doc] || textPart + tagsPart >= otherSectionMinimum;
      return { total: textPart + tagsPart + sectionPart + recency, text: textPart, tags: tagsPart, section: sectionPart, recency, listable };
    });
    load(text, doc, this.textQuery, false);
    load(tags, doc, this.tagQuery, false);
    return scores;
  }

  private sectionPart(doc: number, other: number): number {
    return this.archive.section[other] === this.archive.section[doc] ? this.options.weights.section : 0;
  }

  /** The recency part; for an estimate, of whole days apart (which picks the same pools as before this engine became plain TypeScript). */
  private recencyPart(doc: number, other: number, estimate = false): number {
    const apart = Math.abs(this.archive.time[other]! - this.archive.time[doc]!);
    return this.options.weights.recency * Math.exp(-(estimate ? Math.floor(apart / DAY_MS) * DAY_MS : apart) * this.decay);
  }

  /** Adds `weight` × posting weight to the estimate of each story in the part of one posting list that `doc` looks through. */
  private accumulate(postings: Rows, column: number, cap: number, weight: number, doc: number): void {
    const { rank, byRank, time } = this.archive;
    const includeNewer = this.options.includeNewer;
    const [from, to] = postingWindow(postings, column, rank[doc]!, cap, includeNewer);
    for (let j = from; j < to; j++) {
      const otherRank = postings.ids[j]!;
      if (this.touchedFor[otherRank] === this.generation) this.estimate[otherRank]! += weight * postings.weights[j]!;
      else if (includeNewer || time[byRank[otherRank]!]! < time[doc]!) {
        this.touchedFor[otherRank] = this.generation;
        this.estimate[otherRank] = weight * postings.weights[j]!;
        this.touched[this.touchedCount++] = otherRank;
      }
    }
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

/** The `capacity` best (story, score) pairs offered, best first: highest score, ties to the lower story number. */
class BestList {
  readonly docs: number[] = [];
  private readonly scores: number[] = [];
  private readonly capacity: number;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  get full(): boolean {
    return this.docs.length === this.capacity;
  }

  get worst(): number {
    return this.scores[this.scores.length - 1]!;
  }

  offer(doc: number, score: number): void {
    let at = this.docs.length;
    while (at > 0 && (this.scores[at - 1]! < score || (this.scores[at - 1] === score && this.docs[at - 1]! > doc))) at--;
    if (at === this.capacity) return;
    this.docs.splice(at, 0, doc);
    this.scores.splice(at, 0, score);
    if (this.docs.length > this.capacity) {
      this.docs.pop();
      this.scores.pop();
    }
  }
}

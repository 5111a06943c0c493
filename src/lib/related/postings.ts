/** The sparse tables of the related index: stories' vectors, and their inversion, posting lists. */
import { doubled } from './doubled.ts';

/** Row r's entries are ids/weights[start[r] … start[r + 1]). */
export interface Rows {
  start: Int32Array;
  ids: Int32Array;
  weights: Float32Array;
}

/** Rows from lists of (id, weight) pairs, one list per row. */
export function packRows(rows: readonly { ids: ArrayLike<number>; weights: ArrayLike<number> }[]): Rows {
  const start = new Int32Array(rows.length + 1);
  rows.forEach((row, r) => (start[r + 1] = start[r]! + row.ids.length));
  const ids = new Int32Array(start[rows.length]!);
  const weights = new Float32Array(start[rows.length]!);
  rows.forEach((row, r) => {
    ids.set(row.ids, start[r]);
    weights.set(row.weights, start[r]);
  });
  return { start, ids, weights };
}

/** Rows written entry by entry, row after row, into typed arrays that grow as they fill. */
export class RowsBuilder {
  private start: Int32Array;
  private ids: Int32Array;
  private weights: Float32Array;
  private rowCount = 0;
  private length = 0;

  /** `rows` and `entries`: about how many are coming, so that the arrays need not grow (and be copied) as they fill. */
  constructor(rows = 1024, entries = 4096) {
    this.start = new Int32Array(rows + 1);
    this.ids = new Int32Array(entries);
    this.weights = new Float32Array(entries);
  }

  add(id: number, weight: number): void {
    if (this.length === this.ids.length) {
      this.ids = doubled(this.ids);
      this.weights = doubled(this.weights);
    }
    this.ids[this.length] = id;
    this.weights[this.length++] = weight;
  }

  /** Ends the current row (an empty one if nothing was added since the last). */
  endRow(): void {
    if (this.rowCount + 2 > this.start.length) this.start = doubled(this.start);
    this.start[++this.rowCount] = this.length;
  }

  /** The rows written, as views of the builder's arrays rather than copies. */
  rows(): Rows {
    return { start: this.start.subarray(0, this.rowCount + 1), ids: this.ids.subarray(0, this.length), weights: this.weights.subarray(0, this.length) };
  }
}

/**
 * Posting lists: for each column (term, tag, section) of the stories' rows
 * (their first `perRow` entries), the publication ranks of the stories that
 * have it, in publication order, with the weight it has in each.
 * `byRank[rank]` is the story published rank-th.
 */
export function invertRows(rows: Rows, columns: number, byRank: Int32Array, perRow: number): Rows {
  const end = (row: number) => Math.min(rows.start[row + 1]!, rows.start[row]! + perRow);
  const start = new Int32Array(columns + 1);
  for (let row = 0; row < byRank.length; row++) for (let k = rows.start[row]!; k < end(row); k++) start[rows.ids[k]! + 1]!++;
  for (let column = 0; column < columns; column++) start[column + 1]! += start[column]!;
  const next = start.slice(0, columns);
  const ids = new Int32Array(start[columns]!);
  const weights = new Float32Array(start[columns]!);
  byRank.forEach((row, rank) => {
    for (let k = rows.start[row]!; k < end(row); k++) {
      const at = next[rows.ids[k]!]!++;
      ids[at] = rank;
      weights[at] = rows.weights[k]!;
    }
  });
  return { start, ids, weights };
}

/**
 * The part of a posting list a story looks through: all of it, or the `cap`
 * entries published nearest the story of publication rank `rank` (only
 * earlier ones unless `includeNewer`). Returns [from, to).
 */
export function postingWindow(postings: Rows, column: number, rank: number, cap: number, includeNewer: boolean): [number, number] {
  const start = postings.start[column]!;
  const end = postings.start[column + 1]!;
  if (end - start <= cap && includeNewer) return [start, end];
  // Where the story is, or would be, in the list.
  let at = start;
  let hi = end;
  while (at < hi) {
    const mid = (at + hi) >> 1;
    if (postings.ids[mid]! < rank) at = mid + 1;
    else hi = mid;
  }
  if (!includeNewer) return [Math.max(start, at - cap), at];
  // cap others around the story, which sits at `at`.
  const to = Math.min(end, Math.max(start, at - (cap >> 1)) + cap + 1);
  return [Math.max(start, to - cap - 1), to];
}

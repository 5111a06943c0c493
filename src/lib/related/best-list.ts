/**
 * The `capacity` best (id, score) pairs offered: highest score first, ties to
 * the lower id, so equal scores never make the order depend on the input's.
 * Kept as a heap with the worst on top, so a pair worse than all kept ones
 * costs one comparison; sort() then puts them best first.
 */
export class BestList {
  readonly ids: Int32Array;
  /** Scores by position; sort() reads them again, so a caller may rescore the kept pairs first. */
  readonly scores: Float64Array;
  size = 0;
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
  get worst(): number {
    return this.scores[0]!;
  }

  offer(id: number, score: number): void {
    if (this.size < this.capacity) {
      this.siftUp(this.size++, id, score);
      return;
    }
    if (this.capacity > 0 && worse(this.scores[0]!, this.ids[0]!, score, id)) this.siftDown(0, id, score, this.size);
  }

  /** Orders the kept pairs best first, by their scores as they are now. */
  sort(): void {
    const { ids, scores } = this;
    for (let k = 1; k < this.size; k++) this.siftUp(k, ids[k]!, scores[k]!);
    // Heapsort: the worst goes to the end, again and again.
    for (let end = this.size - 1; end > 0; end--) {
      const id = ids[end]!;
      const score = scores[end]!;
      ids[end] = ids[0]!;
      scores[end] = scores[0]!;
      this.siftDown(0, id, score, end);
    }
  }

  private siftUp(at: number, id: number, score: number): void {
    const { ids, scores } = this;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!worse(score, id, scores[parent]!, ids[parent]!)) break;
      ids[at] = ids[parent]!;
      scores[at] = scores[parent]!;
      at = parent;
    }
    ids[at] = id;
    scores[at] = score;
  }

  private siftDown(at: number, id: number, score: number, size: number): void {
    const { ids, scores } = this;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && worse(scores[right]!, ids[right]!, scores[left]!, ids[left]!) ? right : left;
      if (!worse(scores[child]!, ids[child]!, score, id)) break;
      ids[at] = ids[child]!;
      scores[at] = scores[child]!;
      at = child;
    }
    ids[at] = id;
    scores[at] = score;
  }
}

/** Whether (score a, id a) ranks below (score b, id b): a lower score, or the same and a higher id. */
function worse(scoreA: number, a: number, scoreB: number, b: number): boolean {
  return scoreA < scoreB || (scoreA === scoreB && a > b);
}

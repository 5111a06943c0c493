import { termOf, wordsOf } from './text-terms.ts';

export interface TextFields {
  title: string;
  description: string;
  body: string;
}

/** One story's distinct terms, in order of first use, and their field-weighted frequencies. */
export interface DocumentTerms {
  terms: Int32Array;
  tf: Float32Array;
}

/** Every story's terms, as ids into `vocabulary`. */
export interface TermCounts {
  /** Term texts by id, in order of first use across the stories. */
  vocabulary: string[];
  documents: DocumentTerms[];
  /** Per term id, how many stories use it. */
  df: Int32Array;
}

/**
 * Counts the terms of each story's title, description and body, weighted by
 * field (a field weighing 0 is not read). Term ids follow first use, so the
 * same stories in the same order always get the same ids.
 */
export function countTerms(docs: readonly TextFields[], fieldWeights: readonly [title: number, description: number, body: number]): TermCounts {
  const vocabulary: string[] = [];
  const termIds = new Map<string, number>();
  const df: number[] = [];
  // The story being counted: each term's weight so far (0 for terms it has not used), and its terms in order of first use.
  const weightOf: number[] = [];
  const used: number[] = [];
  const words = new WordTable((word) => {
    const term = termOf(word);
    if (term === undefined) return -1;
    let id = termIds.get(term);
    if (id === undefined) {
      termIds.set(term, (id = vocabulary.push(term) - 1));
      df.push(0);
      weightOf.push(0);
    }
    return id;
  });

  const documents = docs.map((doc) => {
    [doc.title, doc.description, doc.body].forEach((text, field) => {
      const weight = fieldWeights[field]!;
      if (weight <= 0) return;
      for (const word of wordsOf(text)) {
        const id = words.idOf(word);
        if (id < 0) continue;
        if (weightOf[id] === 0) used.push(id);
        weightOf[id]! += weight;
      }
    });
    const counted: DocumentTerms = { terms: Int32Array.from(used), tf: Float32Array.from(used, (id) => weightOf[id]!) };
    for (const id of used) {
      df[id]!++;
      weightOf[id] = 0;
    }
    used.length = 0;
    return counted;
  });
  return { vocabulary, documents, df: Int32Array.from(df) };
}

/**
 * Each word as written → its term id, or −1 for a word that is no term; most
 * words have been seen before. Open addressing on an FNV-1a hash of the word:
 * a Map of strings, which compares more memory per lookup, took twice as long.
 */
class WordTable {
  private readonly termIdOf: (word: string) => number;
  private readonly words: string[] = [];
  private readonly ids: number[] = [];
  /** Index into words/ids, −1 for a free slot; at most half full. */
  private slots = new Int32Array(1 << 16).fill(-1);

  constructor(termIdOf: (word: string) => number) {
    this.termIdOf = termIdOf;
  }

  idOf(word: string): number {
    const mask = this.slots.length - 1;
    for (let slot = hashOf(word) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry < 0) break;
      if (this.words[entry] === word) return this.ids[entry]!;
    }
    const id = this.termIdOf(word);
    const entry = this.words.push(word) - 1;
    this.ids.push(id);
    if (2 * this.words.length > this.slots.length) {
      this.slots = new Int32Array(2 * this.slots.length).fill(-1);
      this.words.forEach((_, earlier) => this.place(earlier));
    } else this.place(entry);
    return id;
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = hashOf(this.words[entry]!) & mask;
    while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }
}

function hashOf(word: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ word.charCodeAt(k), 0x01000193);
  return hash;
}

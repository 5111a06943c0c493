import { termOf } from './text-terms.ts';
import { scanWords } from './word-scan.ts';
import { WordTable } from './word-table.ts';

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
  const ids: number[] = [];
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
      ids.length = 0;
      scanWords(text, words, ids);
      for (const id of ids) {
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

import { doubled } from './doubled.ts';
import { RowsBuilder, type Rows } from './postings.ts';
import { termOf } from './text-terms.ts';
import { IdList, scanWords } from './word-scan.ts';
import { WordTable } from './word-table.ts';

export interface TextFields {
  title: string;
  description: string;
  body: string;
}

/** Every story's terms, as ids into `vocabulary`. */
export interface TermCounts {
  /** Term texts by id, in order of first use across the stories. */
  vocabulary: string[];
  /** Row d: story d's distinct terms, in order of first use, with their field-weighted frequencies. */
  documents: Rows;
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
  // Per term id: how many stories use it, and its weight so far in the story being counted (0 for terms it has not used).
  let df = new Int32Array(1024);
  let weightOf = new Float64Array(1024);
  const words = new WordTable((word) => {
    const term = termOf(word);
    if (term === undefined) return -1;
    let id = termIds.get(term);
    if (id === undefined) {
      termIds.set(term, (id = vocabulary.push(term) - 1));
      if (id === df.length) {
        df = doubled(df);
        weightOf = doubled(weightOf);
      }
    }
    return id;
  });
  const ids = new IdList();
  const used = new IdList();
  // About one distinct (story, term) pair per 14 characters of text, a little over.
  let characters = 0;
  for (const doc of docs) characters += doc.title.length + doc.description.length + doc.body.length;
  const documents = new RowsBuilder(docs.length, Math.ceil(characters / 14));

  for (const doc of docs) {
    for (let field = 0; field < 3; field++) {
      const weight = fieldWeights[field]!;
      if (weight <= 0) continue;
      ids.length = 0;
      scanWords(field === 0 ? doc.title : field === 1 ? doc.description : doc.body, words, ids);
      for (let k = 0; k < ids.length; k++) {
        const id = ids.ids[k]!;
        if (weightOf[id] === 0) used.push(id);
        weightOf[id]! += weight;
      }
    }
    for (let k = 0; k < used.length; k++) {
      const id = used.ids[k]!;
      documents.add(id, weightOf[id]!);
      df[id]!++;
      weightOf[id] = 0;
    }
    documents.endRow();
    used.length = 0;
  }
  return { vocabulary, documents: documents.rows(), df: df.slice(0, vocabulary.length) };
}

import { doubled } from './doubled.ts';
import { RowsBuilder, type Rows } from './postings.ts';
import { termOf } from './text-terms.ts';
import { IdList, scanWords, type TermSink } from './word-scan.ts';
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
  // Per term id, how many stories use it.
  let df = new Int32Array(1024);
  const story = new StoryCounts();
  const words = new WordTable((word) => {
    const term = termOf(word);
    if (term === undefined) return -1;
    let id = termIds.get(term);
    if (id === undefined) {
      termIds.set(term, (id = vocabulary.push(term) - 1));
      if (id === df.length) {
        df = doubled(df);
        story.weightOf = doubled(story.weightOf);
      }
    }
    return id;
  });
  // About one distinct (story, term) pair per 14 characters of text, a little over.
  let characters = 0;
  for (const doc of docs) characters += doc.title.length + doc.description.length + doc.body.length;
  const documents = new RowsBuilder(docs.length, Math.ceil(characters / 14));

  for (const doc of docs) {
    for (let field = 0; field < 3; field++) {
      story.weight = fieldWeights[field]!;
      if (story.weight > 0) scanWords(field === 0 ? doc.title : field === 1 ? doc.description : doc.body, words, story);
    }
    const { used, weightOf } = story;
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

/** One story's terms as the scanner finds them: their field-weighted frequencies so far, and the terms in order of first use. */
class StoryCounts implements TermSink {
  /** The weight of the field being scanned. */
  weight = 0;
  /** Per term id; 0 for a term the story has not used. */
  weightOf = new Float64Array(1024);
  readonly used = new IdList();

  add(id: number): void {
    if (this.weightOf[id] === 0) this.used.add(id);
    this.weightOf[id]! += this.weight;
  }
}

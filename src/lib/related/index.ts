/**
 * Related articles: for every story, the few others a reader of it most
 * likely wants next, computed once per build for the whole archive.
 *
 * Score of candidate c for story s (each part in [0, 1] before weighting):
 *
 *   total = weights.text    × text similarity of title, dek and body (vectors.ts)
 *         + weights.tags    × shared tags, rarer tags weighing more
 *         + weights.section × (1 if same section)
 *         + weights.recency × 2^(−|days apart| / recencyHalfLifeDays)
 *
 * A candidate from another section is listed only if its weighted text and
 * tag parts reach otherSectionMinimum: section and time alone relate only
 * stories of the same section.
 *
 * Not all pairs: an inverted index maps each term (a story's `queryTerms`
 * heaviest) and tag to its stories, in publication order, and each story's
 * candidates come from the posting lists of its own terms and tags
 * (scorer.ts). Work per story is bounded by queryTerms × maxPostingsPerTerm,
 * so the build grows about linearly with the archive.
 *
 * Stability: nothing global moves when one story is added (see vectors.ts);
 * what remains are swaps of near-tied candidates.
 *
 * Determinism: stories are numbered in id order and every tie is broken by
 * id (the lower first), so the input order never matters.
 */
import type { RelatedOptions, RelatedOverrides } from './options.ts';
import { resolveRelatedOptions } from './options.ts';
import { invertRows, packRows, type Rows } from './postings.ts';
import { Scorer } from './scorer.ts';
import { countTerms } from './term-counts.ts';
import { tagVectors, textVectors } from './vectors.ts';

export { defaultRelatedOptions, resolveRelatedOptions } from './options.ts';
export type { RelatedFieldWeights, RelatedOptions, RelatedOverrides, RelatedWeights } from './options.ts';

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
}

export function buildRelatedIndex(docs: readonly RelatedDocument[], overrides: RelatedOverrides = {}): RelatedIndex {
  const options = resolveRelatedOptions(overrides);
  const stories = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = stories.length;
  const indexOf = new Map<string, number>();
  stories.forEach(({ id }, doc) => {
    if (indexOf.has(id)) throw new Error(`related: duplicate story id "${id}"`);
    indexOf.set(id, doc);
  });
  const time = Float64Array.from(stories, ({ id, publishedAt }) => {
    const t = publishedAt.getTime();
    if (!Number.isFinite(t)) throw new TypeError(`related: story "${id}" has an invalid publishedAt`);
    return t;
  });
  const sectionNumbers = new Map<string, number>();
  const section = Int32Array.from(stories, (story) => {
    if (!sectionNumbers.has(story.section)) sectionNumbers.set(story.section, sectionNumbers.size);
    return sectionNumbers.get(story.section)!;
  });
  const byRank = Int32Array.from(stories.keys()).sort((a, b) => time[a]! - time[b]! || a - b);
  const rank = new Int32Array(n);
  byRank.forEach((doc, r) => (rank[doc] = r));

  const { title, description, body } = options.fieldWeights;
  const counts = countTerms(stories, [title, description, body]);
  const text = textVectors(counts, options.termsPerDocument);
  const tags = tagVectors(stories.map((story) => story.tags));
  const sections: Rows = packRows(Array.from(section, (s) => ({ ids: [s], weights: [0] })));
  const scorer = new Scorer(
    {
      time,
      section,
      rank,
      byRank,
      text,
      tags: tags.rows,
      textPostings: invertRows(text, counts.vocabulary.length, byRank, options.queryTerms),
      tagPostings: invertRows(tags.rows, tags.names.length, byRank, Infinity),
      sectionPostings: invertRows(sections, sectionNumbers.size, byRank, Infinity),
    },
    options,
  );

  /** The stories an editor pinned to `doc` that are here, once each, never itself. */
  const pinnedTo = (doc: number): number[] => {
    const pinned = (stories[doc]!.related ?? []).map((id) => indexOf.get(id)).filter((other) => other !== undefined && other !== doc);
    return [...new Set(pinned as number[])];
  };
  /** Pinned first, then candidates by score. */
  const ranking = (doc: number, limit: number): { other: number; pinned: boolean }[] => {
    const pinned = pinnedTo(doc);
    const computed = pinned.length >= limit ? [] : scorer.candidates(doc).filter((other) => !pinned.includes(other));
    return [...pinned.map((other) => ({ other, pinned: true })), ...computed.map((other) => ({ other, pinned: false }))].slice(0, Math.max(0, limit));
  };
  const lists = stories.map((_, doc) => ranking(doc, options.count).map(({ other }) => stories[other]!.id));

  return {
    options,
    relatedTo(id) {
      const doc = indexOf.get(id);
      return doc === undefined ? [] : [...lists[doc]!];
    },
    explain(id, limit = 10) {
      const doc = indexOf.get(id);
      if (doc === undefined) return [];
      const rows = ranking(doc, limit);
      const scores = scorer.score(
        doc,
        rows.map(({ other }) => other),
      );
      return rows.map(({ other, pinned }, k) => {
        const { total, text: textPart, tags: tagsPart, section: sectionPart, recency } = scores[k]!;
        return {
          id: stories[other]!.id,
          total,
          text: textPart,
          tags: tagsPart,
          section: sectionPart,
          recency,
          pinned,
          sharedTerms: shared(text, doc, other, 8).map((term) => counts.vocabulary[term]!),
          sharedTags: shared(tags.rows, doc, other, Infinity).map((tag) => tags.names[tag]!),
        };
      });
    },
  };
}

/** The ids two rows have in common, by product of weights, strongest first (ties to the lower id). */
function shared(rows: Rows, a: number, b: number, limit: number): number[] {
  const weightInB = new Map<number, number>();
  for (let k = rows.start[b]!; k < rows.start[b + 1]!; k++) weightInB.set(rows.ids[k]!, rows.weights[k]!);
  const common: [id: number, weight: number][] = [];
  for (let k = rows.start[a]!; k < rows.start[a + 1]!; k++) {
    const other = weightInB.get(rows.ids[k]!);
    if (other !== undefined) common.push([rows.ids[k]!, rows.weights[k]! * other]);
  }
  return common
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, limit)
    .map(([id]) => id);
}

/** The related index's settings: what each part of a score weighs, and how far the search for candidates goes. */

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
};

/** What a site config may override: any option, and any single weight. */
export type RelatedOverrides = Partial<Omit<RelatedOptions, 'weights' | 'fieldWeights'>> & {
  weights?: Partial<RelatedWeights>;
  fieldWeights?: Partial<RelatedFieldWeights>;
};

/** The options in force: defaults filled in, every value checked (a RangeError names the first one that is not allowed). */
export function resolveRelatedOptions(overrides: RelatedOverrides = {}): RelatedOptions {
  knownNames('', overrides, defaultRelatedOptions);
  knownNames('weights.', overrides.weights ?? {}, defaultRelatedOptions.weights);
  knownNames('fieldWeights.', overrides.fieldWeights ?? {}, defaultRelatedOptions.fieldWeights);
  const options: RelatedOptions = {
    ...defaultRelatedOptions,
    ...definedOnly(overrides),
    weights: { ...defaultRelatedOptions.weights, ...definedOnly(overrides.weights ?? {}) },
    fieldWeights: { ...defaultRelatedOptions.fieldWeights, ...definedOnly(overrides.fieldWeights ?? {}) },
  };
  if (typeof options.includeNewer !== 'boolean') throw new RangeError(`related: includeNewer must be true or false, got ${String(options.includeNewer)}`);
  atLeast('count', options.count, 0, true);
  atLeast('recencyHalfLifeDays', options.recencyHalfLifeDays, Number.MIN_VALUE);
  atLeast('termsPerDocument', options.termsPerDocument, 1, true);
  atLeast('queryTerms', options.queryTerms, 1, true);
  atLeast('maxPostingsPerTerm', options.maxPostingsPerTerm, 1, true);
  atLeast('candidatePool', options.candidatePool, 1, true);
  atLeast('otherSectionMinimum', options.otherSectionMinimum, 0);
  for (const [name, value] of Object.entries(options.weights)) atLeast(`weights.${name}`, value, 0);
  for (const [name, value] of Object.entries(options.fieldWeights)) atLeast(`fieldWeights.${name}`, value, 0);
  return options;
}

/** A misspelt setting would otherwise be ignored without a word. */
function knownNames(prefix: string, given: object, defaults: object): void {
  for (const name of Object.keys(given)) if (!Object.hasOwn(defaults, name)) throw new RangeError(`related: unknown option ${prefix}${name}`);
}

function atLeast(name: string, value: number, min: number, integer = false): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || (integer && !Number.isInteger(value)))
    throw new RangeError(`related: ${name} must be ${integer ? 'an integer' : 'a number'} ≥ ${min}, got ${String(value)}`);
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

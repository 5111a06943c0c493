/**
 * A deterministic synthetic news archive for benchmarks and tests.
 *
 * Every story belongs to a hidden topic (a storyline: a trial, a merger, a
 * flood). Topics are grouped into themes (courts, energy, football…) whose
 * vocabulary, tags and people they share, and every story is mostly written in
 * one shared "news language" of generic words. So the archive is not
 * trivially separable:
 *
 * - a body is about 42% function words and 39% generic vocabulary
 *   (Zipf-distributed, so the top words are in every story and the tail words
 *   look as rare as topic words); only ~6% are the topic's own words, ~9% its
 *   theme's and ~3.5% other topics' (a sibling's, mostly);
 * - sibling topics of one theme share theme words, theme people and a third of
 *   their own topic vocabulary, and stories mention other topics in passing;
 * - sections follow the theme only loosely, and themes share sections;
 * - generic tags ("analysis", "europe"…) span all topics, theme tags span a
 *   theme's topics, topic tags are sometimes shared with a sibling topic, and
 *   about a fifth of the stories have no tags at all;
 * - storylines run for weeks to years and overlap in time.
 *
 * No Math.random: the same (count, options) always gives the same archive, and
 * the generic "language" does not depend on the seed, so stories made with
 * another seed read like the same newspaper writing about other things.
 */

export interface SyntheticStory {
  id: string;
  title: string;
  description: string;
  /** Markdown, with headings, links, emphasis, quotes and lists. */
  body: string;
  section: string;
  tags: string[];
  authors: string[];
  publishedAt: Date;
  /** The hidden storyline: what a good related-articles list should stay within. */
  topic: string;
}

export interface SyntheticArchiveOptions {
  /** PRNG seed; the same seed gives the same archive. */
  seed: number;
  /** Mean words per story body (±20%). */
  wordsPerStory: number;
  /** Share of stories without any tag. */
  untaggedShare: number;
  /** Mean stories per topic (sizes are heavy-tailed around it). */
  meanTopicSize: number;
  /** The archive covers this many days up to `end`. */
  spanDays: number;
  end: Date;
  /** Prefix for topic names, so archives made with different seeds never share a topic name. */
  topicPrefix: string;
}

export const defaultSyntheticArchiveOptions: SyntheticArchiveOptions = {
  seed: 1,
  wordsPerStory: 700,
  untaggedShare: 0.2,
  meanTopicSize: 40,
  spanDays: 3650,
  end: new Date('2026-01-01T00:00:00Z'),
  topicPrefix: 'topic',
};

const SECTIONS = ['politics', 'business', 'world', 'culture', 'science', 'sport', 'opinion', 'technology'];
const GENERIC_TAGS = [
  'Analysis', 'Europe', 'Exclusive', 'Investigation', 'Live', 'Interview', 'Explainer', 'Moscow',
  'Asia', 'Americas', 'Data', 'Photo essay', 'Editorial', 'Breaking', 'Long read',
];
const FUNCTION_WORDS = (
  'the of and to a in that is was he for it with as his on be at by i this had not are but from or have ' +
  'an they which one you were her all she there would their we him been has when who will more no if out ' +
  'so said what up its about into than them can only other new some could time these two may then do first ' +
  'any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three'
).split(' ');

/** Small, fast, well-mixed 32-bit PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'br', 'cr', 'dr', 'st', 'tr', 'pl', 'gr', 'sh', 'ch', 'th', 'fl', 'kr', 'sl', 'sp'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'io', 'y'];
const CODAS = ['', '', '', 'n', 'r', 'l', 't', 'm', 'nd', 'rt', 'st', 'x', 'k'];

/** Pronounceable pseudo-words, unique within one vocabulary and never a function word. */
class WordMaker {
  private readonly used = new Set<string>(FUNCTION_WORDS);
  private readonly random: Random;
  constructor(random: Random) {
    this.random = random;
  }
  word(minSyllables: number, maxSyllables: number): string {
    for (;;) {
      const syllables = minSyllables + Math.floor(this.random() * (maxSyllables - minSyllables + 1));
      let word = '';
      for (let i = 0; i < syllables; i++) word += pick(this.random, ONSETS) + pick(this.random, VOWELS) + (i === syllables - 1 || this.random() < 0.3 ? pick(this.random, CODAS) : '');
      if (word.length >= 4 && !this.used.has(word) && !/s$/.test(word)) {
        this.used.add(word);
        return word;
      }
    }
  }
  words(count: number, min: number, max: number): string[] {
    return Array.from({ length: count }, () => this.word(min, max));
  }
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Samples an index 0…n-1 with probability ∝ 1/(rank+1)^exponent, by binary search in the cumulative table. */
class Zipf {
  private readonly cumulative: Float64Array;
  constructor(n: number, exponent: number) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) this.cumulative[i] = sum += 1 / Math.pow(i + 1, exponent);
    for (let i = 0; i < n; i++) this.cumulative[i]! /= sum;
  }
  sample(random: Random): number {
    const target = random();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

interface Theme {
  name: string;
  words: string[];
  people: string[];
  tags: string[];
  sections: string[];
  topics: Topic[];
}

interface Topic {
  name: string;
  theme: Theme;
  /** Own words first (most frequent), then words borrowed from sibling topics. */
  words: string[];
  people: string[];
  tags: string[];
  startDay: number;
  durationDays: number;
  size: number;
}

/** The shared news language: the same for every seed. */
let language: { generic: string[]; genericZipf: Zipf; functionZipf: Zipf } | undefined;
function newsLanguage() {
  if (!language) {
    const maker = new WordMaker(seededRandom(0x5eed));
    const generic = maker.words(6000, 1, 3);
    language = { generic, genericZipf: new Zipf(generic.length, 1.0), functionZipf: new Zipf(FUNCTION_WORDS.length, 0.9) };
  }
  return language;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Tag spellings vary the way editors type them; slug form is what should match. */
function spell(random: Random, tag: string): string {
  const roll = random();
  if (roll < 0.1) return tag.toLowerCase();
  if (roll < 0.15) return tag.replace(/ /g, '-').toLowerCase();
  if (roll < 0.18) return tag.replace(/e/, 'é');
  return tag;
}

/**
 * Generates `count` stories, oldest first. Plain objects: id, title,
 * description, body (Markdown), section, tags, authors, publishedAt and the
 * hidden topic.
 */
export function generateSyntheticArchive(count: number, options: Partial<SyntheticArchiveOptions> = {}): SyntheticStory[] {
  const o = { ...defaultSyntheticArchiveOptions, ...options };
  const random = seededRandom(o.seed * 2654435761 + 12345);
  const { generic, genericZipf, functionZipf } = newsLanguage();
  const maker = new WordMaker(seededRandom(o.seed ^ 0x9e3779b9));

  // Topic sizes: heavy-tailed (most storylines are short, a few run and run).
  const sizes: number[] = [];
  for (let total = 0; total < count; ) {
    const size = Math.max(6, Math.round(o.meanTopicSize * 0.45 * Math.exp(1.1 * gaussian(random))));
    const clipped = Math.min(size, count - total, Math.max(3, o.meanTopicSize * 12));
    sizes.push(clipped);
    total += clipped;
  }
  const themeCount = Math.max(3, Math.min(80, Math.round(sizes.length / 6)));
  const themes: Theme[] = Array.from({ length: themeCount }, (_, t) => {
    const words = maker.words(160, 2, 3);
    const primary = SECTIONS[t % SECTIONS.length]!;
    return {
      name: `theme-${t}`,
      words,
      people: Array.from({ length: 6 }, () => `${capitalise(maker.word(2, 2))} ${capitalise(maker.word(2, 3))}`),
      tags: [capitalise(words[0]!), `${capitalise(words[1]!)} ${words[2]!}`],
      sections: [primary, primary, primary, SECTIONS[(t * 3 + 1) % SECTIONS.length]!, 'opinion'],
      topics: [],
    };
  });
  const topics: Topic[] = sizes.map((size, i) => {
    const theme = themes[Math.floor(random() * themes.length)]!;
    const durationDays = Math.round(20 + random() * random() * 1200);
    const topic: Topic = {
      name: `${o.topicPrefix}-${i}`,
      theme,
      words: maker.words(36, 2, 3),
      people: Array.from({ length: 3 }, () => `${capitalise(maker.word(2, 2))} ${capitalise(maker.word(2, 3))}`),
      tags: [],
      startDay: Math.floor(random() * Math.max(1, o.spanDays - durationDays)),
      durationDays,
      size,
    };
    theme.topics.push(topic);
    return topic;
  });
  // Sibling topics share vocabulary and sometimes a tag: a third of each topic's words come from earlier siblings.
  for (const theme of themes)
    theme.topics.forEach((topic, i) => {
      const siblings = theme.topics.slice(Math.max(0, i - 4), i);
      topic.tags = [capitalise(topic.words[0]!) + ' ' + topic.words[1]!, capitalise(topic.words[2]!)];
      if (siblings.length > 0) {
        for (let k = 0; k < 14; k++) topic.words.push(pick(random, pick(random, siblings).words.slice(0, 36)));
        if (random() < 0.3) topic.tags.push(pick(random, pick(random, siblings).tags));
        topic.people.push(pick(random, pick(random, siblings).people));
      }
    });
  const topicZipf = new Zipf(50, 0.8);
  const themeZipf = new Zipf(160, 0.9);
  const genericTagZipf = new Zipf(GENERIC_TAGS.length, 1.0);
  const authors = Array.from({ length: 120 }, (_, i) => `author-${i}`);

  interface Draft { topic: Topic; at: number }
  const drafts: Draft[] = [];
  for (const topic of topics)
    for (let k = 0; k < topic.size; k++) {
      const day = topic.startDay + random() * topic.durationDays;
      drafts.push({ topic, at: o.end.getTime() - (o.spanDays - day) * 86_400_000 + Math.floor(random() * 86_400) * 1000 });
    }
  drafts.sort((a, b) => a.at - b.at);

  const stories: SyntheticStory[] = [];
  const usedIds = new Set<string>();
  for (const { topic, at } of drafts) {
    const theme = topic.theme;
    const leakTopic = () => (random() < 0.6 && theme.topics.length > 1 ? pick(random, theme.topics) : pick(random, topics));
    const topicWord = (t: Topic) => {
      const i = topicZipf.sample(random);
      return i < t.words.length ? t.words[i]! : pick(random, t.words);
    };
    const plural = (word: string) => (random() < 0.15 ? word + 's' : word);
    const contentWord = (mix: { topic: number; theme: number; leak: number }): string => {
      const roll = random();
      if (roll < mix.topic) return random() < 0.1 ? pick(random, topic.people) : plural(topicWord(topic));
      if (roll < mix.topic + mix.theme) return random() < 0.06 ? pick(random, theme.people) : plural(theme.words[themeZipf.sample(random)]!);
      if (roll < mix.topic + mix.theme + mix.leak) return plural(topicWord(leakTopic()));
      return plural(generic[genericZipf.sample(random)]!);
    };
    const word = (mix: { topic: number; theme: number; leak: number }, functionShare: number) =>
      random() < functionShare ? FUNCTION_WORDS[functionZipf.sample(random)]! : contentWord(mix);
    const bodyMix = { topic: 0.1, theme: 0.16, leak: 0.06 };
    const sentence = (words: number) => {
      const parts: string[] = [];
      for (let i = 0; i < words; i++) {
        let w = word(bodyMix, 0.42);
        if (random() < 0.03) w = String(Math.floor(random() * (random() < 0.5 ? 100 : 3000)));
        parts.push(i === 0 ? capitalise(w) : w);
      }
      return parts.join(' ') + (random() < 0.1 ? ',' : '') + '.';
    };
    // Joined arrays give flat strings, like text read from a file (a concatenation would be a rope).
    const headline = (n: number, mix: { topic: number; theme: number; leak: number }, end = '') => {
      const words = Array.from({ length: n }, () => word(mix, 0.25));
      words[0] = capitalise(words[0]!);
      words[n - 1] += end;
      return words.join(' ');
    };

    const title = headline(6 + Math.floor(random() * 5), { topic: 0.3, theme: 0.15, leak: 0.05 });
    const description = headline(16 + Math.floor(random() * 10), { topic: 0.16, theme: 0.16, leak: 0.06 }, '.');
    const target = Math.round(o.wordsPerStory * (0.8 + random() * 0.4));
    const paragraphs: string[] = [];
    let words = 0;
    while (words < target) {
      const sentences: string[] = [];
      const n = 2 + Math.floor(random() * 4);
      for (let s = 0; s < n && words < target; s++) {
        const len = 8 + Math.floor(random() * 16);
        sentences.push(sentence(len));
        words += len;
      }
      let paragraph = sentences.join(' ');
      const roll = random();
      if (roll < 0.2) {
        const anchor = `${contentWord(bodyMix)} ${contentWord(bodyMix)}`;
        paragraph = paragraph.replace(/ (\S+)\.$/, ` [${anchor}](https://www.example-wire.com/${Math.floor(random() * 1e6)}/${pick(random, generic)}-${pick(random, generic)}?ref=${pick(random, generic)}) $1.`);
      } else if (roll < 0.27) paragraph = `> ${paragraph}`;
      else if (roll < 0.32) paragraph = `## ${headline(3 + Math.floor(random() * 3), bodyMix)}\n\n${paragraph}`;
      else if (roll < 0.36) paragraph = sentences.map((s) => `- ${s}`).join('\n');
      else if (roll < 0.45) paragraph = paragraph.replace(/^(\S+ \S+)/, '**$1**');
      paragraphs.push(paragraph);
    }
    if (random() < 0.1) paragraphs.push(`![${contentWord(bodyMix)} photo](https://images.example-wire.com/${Math.floor(random() * 1e9)}.jpg)`);

    const tags: string[] = [];
    if (random() >= o.untaggedShare) {
      const add = (tag: string) => {
        if (!tags.includes(tag)) tags.push(tag);
      };
      if (random() < 0.85) add(spell(random, pick(random, topic.tags)));
      if (random() < 0.35) add(spell(random, pick(random, topic.tags)));
      if (random() < 0.4) add(spell(random, pick(random, theme.tags)));
      const genericCount = random() < 0.6 ? 1 + Math.floor(random() * 2) : 0;
      for (let g = 0; g < genericCount; g++) add(spell(random, GENERIC_TAGS[genericTagZipf.sample(random)]!));
      if (tags.length === 0) add(GENERIC_TAGS[genericTagZipf.sample(random)]!);
    }
    const date = new Date(at);
    let id = `${date.toISOString().slice(0, 10)}-${title.toLowerCase().split(' ').slice(0, 4).join('-')}`.replace(/[^a-z0-9-]/g, '');
    for (let n = 2; usedIds.has(id); n++) id = id.replace(/(-\d+)?$/, `-${n}`);
    usedIds.add(id);
    stories.push({
      id,
      title,
      description,
      body: [...paragraphs, ''].join('\n\n'), // one flat string, as a file read gives
      section: pick(random, theme.sections),
      tags,
      authors: [authors[(theme.topics.indexOf(topic) * 7 + Math.floor(random() * 5) + themes.indexOf(theme) * 3) % authors.length]!],
      publishedAt: date,
      topic: topic.name,
    });
  }
  return stories;
}

function gaussian(random: Random): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

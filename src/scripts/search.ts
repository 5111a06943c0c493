/**
 * The search page in the browser: Pagefind's own JavaScript API over the index
 * the build wrote to /pagefind/ (src/lib/search-index/). Nothing
 * leaves the site. The query lives in the URL (?q=&section=&year=), so a search
 * can be bookmarked and the form works as a plain GET form too. Pagefind
 * searches the index of the page's `<html lang>`, so each edition searches its
 * own stories, with its language's stemming; the words the script prints come
 * from the page (`data-words`), in the edition's language.
 *
 * The stories are indexed in bundles (by year and quarter). A search first asks
 * the edition's vocabulary index (the part for each word's first letter) which
 * bundles use every word of the query, then searches those bundles together,
 * merged with Pagefind's `mergeIndex` and ranked by its scores: a bundle
 * without a word would answer with the pages of a shorter word it starts with.
 * A bundle is loaded the first time a search needs it, and a filter on its name
 * keeps it out of searches that do not.
 */
import { formatDateTime, type DateWording } from '../lib/dates.ts';
import { counted } from '../lib/i18n/counted.ts';
import { fill } from '../lib/i18n/fill.ts';
import type { Messages } from '../lib/i18n/messages.ts';
import { vocabularyShardOf } from '../lib/vocabulary-shard.ts';

/** What the search page hands the script, from the edition's catalogue. */
type SearchWords = DateWording & Pick<Messages, 'locale' | 'searching' | 'searchUnavailable' | 'searchNone' | 'searchFound' | 'searchFoundBest'>;

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

type Filters = Record<string, string | { any: string[] }>;

interface PagefindSearch {
  results: { data(): Promise<PagefindResultData> }[];
  /** Results per value of each filter. */
  filters: Record<string, Record<string, number>>;
}

interface PagefindInstance {
  mergeIndex(indexPath: string, options: { mergeFilter: Record<string, string> }): Promise<void>;
  search(term: string, options: { filters?: Filters }): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface PagefindModule {
  createInstance(options: { basePath: string; baseUrl: string; excerptLength?: number; mergeFilter?: Record<string, string> }): PagefindInstance;
}

/** Searches the bundles of one edition's stories. */
interface StorySearch {
  /** Stories matching `query` and `filters`, best first; null when a newer search superseded this one. */
  search(query: string, filters: Record<string, string>, isCurrent: () => boolean): Promise<PagefindSearch | null>;
}

const maxResults = 20;
const debounceMs = 150;

/** The search over an edition's part of /pagefind/: `editionFolder` is `ru/` for the edition at /ru/, empty for the default one. */
function storySearch(editionFolder: string): StorySearch {
  const root = `${import.meta.env.BASE_URL}pagefind/`;
  const wordsPath = `${root}${editionFolder}words/`;
  const baseUrl = import.meta.env.BASE_URL;
  let module: Promise<PagefindModule> | undefined;
  let shards: Promise<string[]> | undefined;
  const vocabularies = new Map<string, Promise<PagefindInstance>>();
  let stories: PagefindInstance | undefined;
  /** Bundles merged into `stories` or on their way. */
  const merged = new Map<string, Promise<void>>();

  /** A part of the vocabulary index, loaded once. */
  function vocabulary(shard: string): Promise<PagefindInstance> {
    let instance = vocabularies.get(shard);
    if (!instance) {
      instance = (async () => {
        // A URL in a variable: the index exists only after the build, so the bundler must leave this import alone.
        module ??= import(/* @vite-ignore */ `${wordsPath}${shard}/pagefind.js`) as Promise<PagefindModule>;
        const part = (await module).createInstance({ basePath: `${wordsPath}${shard}/`, baseUrl });
        // Pagefind counts results per filter value only for the filters it has loaded.
        await part.filters();
        return part;
      })();
      vocabularies.set(shard, instance);
    }
    return instance;
  }

  /** The bundles that hold `term`, or a word it starts or that starts with it, in the year filtered for. */
  async function bundlesWith(term: string, year: string | undefined): Promise<string[]> {
    const shard = vocabularyShardOf(term)!;
    shards ??= fetch(`${wordsPath}shards.json`).then((response) => response.json() as Promise<string[]>);
    if (!(await shards).includes(shard)) return [];
    const found = await (await vocabulary(shard)).search(term, { filters: year ? { year } : {} });
    return Object.entries(found.filters.bundle ?? {})
      .filter(([, count]) => count > 0)
      .map(([bundle]) => bundle);
  }

  return {
    async search(query, filters, isCurrent) {
      // Pagefind searches each word of the query and keeps the stories with all of them: so do the bundles.
      const terms = query.split(/\s+/).filter((term) => vocabularyShardOf(term) !== undefined);
      if (terms.length === 0) return { results: [], filters: {} };
      const perTerm = await Promise.all(terms.map((term) => bundlesWith(term, filters.year)));
      const bundles = perTerm.reduce((all, some) => all.filter((bundle) => some.includes(bundle))).sort();
      if (!isCurrent()) return null;
      if (bundles.length === 0) return { results: [], filters: {} };
      const pagefind = await module!;
      for (const bundle of bundles) {
        if (merged.has(bundle)) continue;
        if (stories) merged.set(bundle, stories.mergeIndex(`${root}${bundle}/`, { mergeFilter: { bundle } }));
        else {
          stories = pagefind.createInstance({ basePath: `${root}${bundle}/`, baseUrl, excerptLength: 24, mergeFilter: { bundle } });
          merged.set(bundle, Promise.resolve());
        }
      }
      await Promise.all(bundles.map((bundle) => merged.get(bundle)));
      const found = await stories!.search(query, { filters: { ...filters, bundle: { any: bundles } } });
      return isCurrent() ? found : null;
    },
  };
}

export function runSearchPage(document: Document): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const timeZone = list.dataset.timeZone!;
  const words = JSON.parse(list.dataset.words!) as SearchWords;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const stories = storySearch(list.dataset.indexFolder!);
  let searches = 0;

  for (const [name, value] of new URL(document.location.href).searchParams) if (form.elements.namedItem(name)) field(name).value = value;

  async function search() {
    const query = field('q').value.trim();
    const filters: Record<string, string> = {};
    for (const name of ['section', 'year']) if (field(name).value) filters[name] = field(name).value;
    const params = new URLSearchParams({ q: query, ...filters });
    history.replaceState(null, '', query ? `?${params}` : document.location.pathname);
    if (!query) {
      searches++;
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    status.textContent = words.searching;
    const number = ++searches;
    await new Promise((resolve) => setTimeout(resolve, debounceMs));
    const isCurrent = () => number === searches;
    if (!isCurrent()) return;
    let found;
    try {
      found = await stories.search(query, filters, isCurrent);
    } catch {
      status.textContent = words.searchUnavailable;
      return;
    }
    // A newer keystroke superseded this search.
    if (found === null) return;
    const results = await Promise.all(found.results.slice(0, maxResults).map((result) => result.data()));
    if (!isCurrent()) return;
    list.replaceChildren(...results.map((result) => resultItem(document, result, timeZone, words)));
    const count = found.results.length;
    status.textContent =
      count === 0
        ? fill(words.searchNone, { query })
        : counted(count > maxResults ? words.searchFoundBest : words.searchFound, count, words, { query, shown: maxResults });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  form.addEventListener('input', () => void search());
  if (field('q').value) void search();
}

/** One result, built like a story card on the fronts: section, headline, dek, matching words, date. */
function resultItem(document: Document, result: PagefindResultData, timeZone: string, words: DateWording): HTMLLIElement {
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
    const node = document.createElement(tag);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const item = element('li', 'story-card');
  const text = element('div', 'story-card__text');
  const headline = element('h2', 'story-card__headline');
  const link = element('a', '', result.meta.title ?? result.url);
  link.href = result.url;
  headline.append(link);
  if (result.meta.section) text.append(element('p', 'kicker', result.meta.section));
  text.append(headline);
  if (result.meta.dek) text.append(element('p', 'story-card__dek', result.meta.dek));
  // Pagefind escapes the page text and marks the matching words with <mark>.
  const excerpt = element('p', 'search-result__excerpt');
  excerpt.innerHTML = `…${result.excerpt}…`;
  text.append(excerpt);
  if (result.meta.date) {
    const time = element('time', '', formatDateTime(new Date(result.meta.date), timeZone, words));
    time.dateTime = result.meta.date;
    const meta = element('p', 'meta');
    meta.append(time);
    text.append(meta);
  }
  item.append(text);
  return item;
}

/**
 * The search page in the browser: Pagefind's own JavaScript API over the index
 * the build wrote to /pagefind/ (src/integrations/search-index.ts). Nothing
 * leaves the site. The query lives in the URL (?q=&section=&year=), so a search
 * can be bookmarked and the form works as a plain GET form too. Pagefind
 * searches the index of the page's `<html lang>`, so each edition searches its
 * own stories, with its language's stemming; the words the script prints come
 * from the page (`data-words`), in the edition's language.
 */
import { formatDateTime, type DateWording } from '../lib/dates.ts';
import { counted } from '../lib/i18n/counted.ts';
import { fill } from '../lib/i18n/fill.ts';
import type { Messages } from '../lib/i18n/messages.ts';

/** What the search page hands the script, from the edition's catalogue. */
type SearchWords = DateWording & Pick<Messages, 'locale' | 'searching' | 'searchUnavailable' | 'searchNone' | 'searchFound' | 'searchFoundBest'>;

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  debouncedSearch(
    term: string,
    options: { filters?: Record<string, string> },
    debounceMs?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const maxResults = 20;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // A URL in a variable: the index exists only after the build, so the bundler must leave this import alone.
    const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    await module.options({ baseUrl: import.meta.env.BASE_URL, excerptLength: 24 });
    return module;
  })();
  return pagefind;
}

export function runSearchPage(document: Document): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const timeZone = list.dataset.timeZone!;
  const words = JSON.parse(list.dataset.words!) as SearchWords;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;

  for (const [name, value] of new URL(document.location.href).searchParams) if (form.elements.namedItem(name)) field(name).value = value;

  async function search() {
    const query = field('q').value.trim();
    const filters: Record<string, string> = {};
    for (const name of ['section', 'year']) if (field(name).value) filters[name] = field(name).value;
    const params = new URLSearchParams({ q: query, ...filters });
    history.replaceState(null, '', query ? `?${params}` : document.location.pathname);
    if (!query) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    status.textContent = words.searching;
    let found;
    try {
      found = await (await loadPagefind()).debouncedSearch(query, { filters }, 150);
    } catch {
      status.textContent = words.searchUnavailable;
      return;
    }
    // A newer keystroke superseded this search.
    if (found === null) return;
    const results = await Promise.all(found.results.slice(0, maxResults).map((result) => result.data()));
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

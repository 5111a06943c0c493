import { IdList, scanWords } from './word-scan.ts';
import { MAX_WORD, WordTable } from './word-table.ts';

/**
 * The terms of a story's text: Markdown in, the words that say what it is
 * about out. Fenced code, link and image destinations, HTML tags and URLs
 * are skipped; words are joined across apostrophes ("rock'n'roll") and
 * stripped of possessives (word-scan.ts reads them), lower-cased and stripped
 * of diacritics, reduced by a light plural stemmer (Harman's S-stemmer) and
 * dropped when they are stop words, single characters, numbers under three
 * digits or longer than 40 characters.
 */

/** English function words and newsroom boilerplate that say nothing about what a story is about. */
const stopWords: ReadonlySet<string> = new Set(
  (
    'a about above across after afterwards again against all almost alone along already also although always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at ' +
    'be became because become becomes becoming been before beforehand behind being below beside besides between beyond both but by can cannot could did do does doing done down during each either else elsewhere enough etc even ever every everyone everything everywhere except ' +
    'few for former formerly from further get gets getting got had has have having he hence her here hereafter hereby herein hers herself him himself his how however i if in indeed into is it its itself just ' +
    'last latter least less let like made make makes many may me meanwhile might mine more moreover most mostly much must my myself namely neither never nevertheless next no nobody none noone nor not nothing now nowhere ' +
    'of off often on once one only onto or other others otherwise our ours ourselves out over own per perhaps please put quite rather re really said same say says see seem seemed seeming seems several she should since so some somehow someone something sometime sometimes somewhere still such ' +
    'than that the their theirs them themselves then thence there thereafter thereby therefore therein thereupon these they this those though through throughout thru thus to together too toward towards ' +
    'under until up upon us very via was we well were what whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever whether which while whither who whoever whole whom whose why will with within without would yet you your yours yourself yourselves ' +
    // contractions once their apostrophe is gone, HTML entities, web noise
    'dont doesnt didnt isnt wasnt werent arent cant couldnt wont wouldnt shouldnt hasnt havent hadnt im ive id youre youve theyre theyve weve thats whats theres heres hes shes lets ll ve ' +
    'amp nbsp quot lt gt www http https com html ' +
    // newsroom boilerplate
    'told according new year time two three four five six seven eight nine ten first second third fourth fifth later earlier ago week today yesterday tomorrow mr mrs ms dr'
  ).split(' '),
);

/** Longer "words" (hashes, base64, run-together URLs) are not terms. */
const MAX_TERM = MAX_WORD;

/** The index term a word (as word-scan.ts reads it, or as written) stands for, or undefined if it is none. */
export function termOf(word: string): string | undefined {
  let term = word.replace(/['’][sS]$/, '').replace(/['’]/g, '');
  if (term.length > MAX_TERM) return undefined;
  term = /[^\0-\x7f]/.test(term) ? term.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase() : term.toLowerCase();
  if (term.length > MAX_TERM) return undefined;
  term = stem(term);
  if (term.length < 2 || stopWords.has(term)) return undefined;
  // Numbers say little unless they name something (years, "737"): drop those under three digits.
  return term.length < 3 && /^\d+$/.test(term) ? undefined : term;
}

/** The index terms of a Markdown text, in order. */
export function termsOf(markdown: string): string[] {
  const terms: string[] = [];
  const ids = new IdList();
  const table = new WordTable((word) => {
    const term = termOf(word);
    return term === undefined ? -1 : terms.push(term) - 1;
  });
  scanWords(markdown, table, ids);
  return Array.from(ids.ids.subarray(0, ids.length), (id) => terms[id]!);
}

/** Harman's S-stemmer: plurals to singulars ("policies" → "policy", "plans" → "plan"), leaving "-ss", "-us", "-is", "-aes", "-ees", "-oes" alone. */
function stem(word: string): string {
  if (word.length < 4 || !word.endsWith('s')) return word;
  if (/(?:[sui]|[aeo]e)s$/.test(word)) return word;
  if (/[^ae]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  return word.slice(0, -1);
}

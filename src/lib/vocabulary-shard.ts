/**
 * Which part of an edition's vocabulary index holds a word
 * (src/lib/search-index/, src/scripts/search.ts). The vocabulary is
 * split by the word's first letter, so each part is indexed by a Pagefind
 * process of its own and its memory stays small; a query word is looked up in
 * the part of its own first letter, where every word it could match is, since
 * those words start with it or it starts with them.
 */

/** Parts of each edition's vocabulary index: 16 keeps each near a sixteenth of the whole, in as many small Pagefind runs. */
export const vocabularyShards = 16;

/** A word as Pagefind compares it: lower case, accents and punctuation dropped ("Café-bar" is "cafebar"). */
export const comparedWord = (word: string): string =>
  word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '');

/** The part for a word, `0` to `f`, from its first letter as Pagefind compares it; undefined for a word with none. */
export function vocabularyShardOf(word: string): string | undefined {
  const first = comparedWord(word).codePointAt(0);
  return first === undefined ? undefined : (first % vocabularyShards).toString(16);
}

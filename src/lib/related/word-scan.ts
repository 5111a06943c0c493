/**
 * The words of a story's Markdown, as term ids: the rules of text-terms.ts
 * read one character code at a time. Turning text into terms is most of the
 * related index's work, and regular expressions over the text, a string per
 * word and a Map lookup per string made it slow; here the scanner skips what
 * is not prose as it meets it, folds ASCII case and hashes each word as it
 * reads it, and looks the word up in a WordTable by its code units.
 *
 * Not prose: a fenced code block (from a fence at the start of a line, up to
 * three spaces in, to the end of the closing fence's line, or of the text), a
 * link or image destination "](…)", an HTML tag or comment (within 2,000
 * characters), a URL (a scheme of 3–5 letters or "www." up to whitespace, a
 * bracket or a quote). A word: letters, digits and marks of any script,
 * joined across straight or curly apostrophes, and a possessive "'s" after it.
 */
import { hashStart, hashStep, MAX_WORD, type WordTable } from './word-table.ts';

const SEPARATOR = 0;
const WORD = 1;
/** ` ~ ] <: what may start text that is not prose. */
const SYNTAX = 2;
/** A high surrogate: the start of a character beyond the BMP, which may be a letter. */
const SURROGATE = 3;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/** Per UTF-16 code unit, what it is to the scanner. */
const kinds = new Uint8Array(0x10000);
{
  const wordChar = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) kinds[c] = wordChar.test(String.fromCharCode(c)) ? WORD : SEPARATOR;
  kinds.fill(SURROGATE, 0xd800, 0xdc00);
  for (const c of '`~]<') kinds[c.charCodeAt(0)] = SYNTAX;
}
const astralWordChar = /[\p{L}\p{N}\p{M}]/uy;

/** Units of the word character at i: 1, 2 (beyond the BMP) or 0 if there is none. */
function wordWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const kind = kinds[text.charCodeAt(i)];
  if (kind === WORD) return 1;
  if (kind !== SURROGATE) return 0;
  astralWordChar.lastIndex = i;
  return astralWordChar.test(text) ? 2 : 0;
}

/** Appends to `ids` the term id of each word of the Markdown text that is a term, in order. */
export function scanWords(text: string, table: WordTable, ids: number[]): void {
  const n = text.length;
  const word = table.word;
  let i = 0;
  while (i < n) {
    const kind = kinds[text.charCodeAt(i)];
    if (kind === SYNTAX) {
      i = afterSyntax(text, i);
      continue;
    }
    if (kind === SEPARATOR || (kind === SURROGATE && wordWidth(text, i) === 0)) {
      i++;
      continue;
    }
    // A word: runs of word characters, joined across apostrophes. Its code units, ASCII lower-cased, go to `word`, apostrophes and a possessive left out.
    let length = 0;
    let hash = hashStart;
    for (let first = true; ; first = false) {
      const runStart = i;
      const lengthBefore = length;
      const hashBefore = hash;
      let characters = 0;
      while (i < n) {
        let c = text.charCodeAt(i);
        const kind = kinds[c];
        if (kind === WORD) {
          if (c >= 65 && c <= 90) c += 32;
        } else if (kind === SURROGATE && wordWidth(text, i) === 2) {
          // A letter beyond the BMP: its high surrogate here, its low one below.
          if (length < MAX_WORD) word[length] = c;
          hash = hashStep(hash, c);
          length++;
          c = text.charCodeAt(++i);
        } else break;
        if (length < MAX_WORD) word[length] = c;
        hash = hashStep(hash, c);
        length++;
        i++;
        characters++;
      }
      const next = text.charCodeAt(i);
      // A URL starts at a run of word characters: not part of the word, nor the apostrophe before it.
      const scheme = characters >= 3 && characters <= 5 && next === 0x3a && text.charCodeAt(i + 1) === 0x2f && text.charCodeAt(i + 2) === 0x2f;
      const www = next === 0x2e && i - runStart === 3 && isW(text, runStart) && isW(text, runStart + 1) && isW(text, runStart + 2);
      if (scheme || www) {
        length = lengthBefore;
        hash = hashBefore;
        i = afterUrl(text, i);
        break;
      }
      if (!first && i - runStart === 1 && (text.charCodeAt(runStart) | 32) === 0x73) {
        // A possessive "'s"
        length = lengthBefore;
        hash = hashBefore;
        break;
      }
      if ((next === APOSTROPHE || next === RIGHT_QUOTE) && wordWidth(text, i + 1) > 0) i++;
      else break;
    }
    if (length === 0 || length > MAX_WORD) continue;
    const id = table.idOf(length, hash);
    if (id >= 0) ids.push(id);
  }
}

function isW(text: string, i: number): boolean {
  return (text.charCodeAt(i) | 32) === 0x77;
}

/** Where scanning resumes after the syntax character at i, skipping the text that is not prose that starts there. */
function afterSyntax(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const n = text.length;
  if (c === 0x5d) {
    // "](destination)" of a link or image
    if (text.charCodeAt(i + 1) !== 0x28) return i + 1;
    const close = text.indexOf(')', i + 2);
    return close < 0 ? n : close + 1;
  }
  if (c === 0x3c) {
    // "<tag …>", "</tag>", "<!-- … -->": a ">" within 1,997 characters of the tag's first
    const first = text.charCodeAt(i + 1);
    if (!(((first | 32) >= 0x61 && (first | 32) <= 0x7a) || first === 0x2f || first === 0x21)) return i + 1;
    for (let k = i + 2, characters = 0; k < n && characters <= 1997; k++, characters++) {
      const d = text.charCodeAt(k);
      if (d === 0x3e) return k + 1;
      if (d >= 0xd800 && d < 0xdc00 && (text.charCodeAt(k + 1) & 0xfc00) === 0xdc00) k++;
    }
    return i + 1;
  }
  // ``` or ~~~ at the start of a line: a fenced block, to the end of its closing fence's line
  if (text.charCodeAt(i + 1) !== c || text.charCodeAt(i + 2) !== c) return i + 1;
  let lineStart = i;
  while (lineStart > 0 && i - lineStart < 3 && text.charCodeAt(lineStart - 1) === 0x20) lineStart--;
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 0x0a) return i + 3;
  for (let eol = text.indexOf('\n', i + 3); eol >= 0; eol = text.indexOf('\n', eol + 1)) {
    let k = eol + 1;
    while (k - eol <= 3 && text.charCodeAt(k) === 0x20) k++;
    if (text.charCodeAt(k) === c && text.charCodeAt(k + 1) === c && text.charCodeAt(k + 2) === c) {
      const end = text.indexOf('\n', k + 3);
      return end < 0 ? n : end;
    }
  }
  return n;
}

/** Where a URL ends: at whitespace, a closing bracket or a quote. */
function afterUrl(text: string, i: number): number {
  const n = text.length;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x29 || c === 0x3e || c === 0x5d || c === 0x22) break;
  }
  return i;
}

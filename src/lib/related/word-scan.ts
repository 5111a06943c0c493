/**
 * The words of a story's Markdown, as term ids: the rules of text-terms.ts
 * read one byte at a time. Turning text into terms is most of the related
 * index's work, and regular expressions over the text, a string per word and
 * a Map lookup per string made it slow; here the text is encoded to UTF-8 once
 * (natively), and the scanner skips what is not prose as it meets it, folds
 * ASCII case and hashes each word's UTF-16 code units as it reads them, and
 * looks the word up in a WordTable by those units.
 *
 * Not prose: a fenced code block (from a fence at the start of a line, up to
 * three spaces in, to the end of the closing fence's line, or of the text), a
 * link or image destination "](…)", an HTML tag or comment (within 2,000
 * characters), a URL (a scheme of 3–5 letters or "www." up to whitespace, a
 * bracket or a quote). A word: letters, digits and marks of any script,
 * joined across straight or curly apostrophes, and a possessive "'s" after it.
 */
import { doubled } from './doubled.ts';
import { hashStart, hashStep, MAX_WORD, WORD_MASK, type WordTable } from './word-table.ts';

/** fold value of a separator. */
const SEPARATOR = 0;
/** fold value of ` ~ ] <: what may start text that is not prose. */
const SYNTAX = 0xffff;
/** What charAt() gives for a letter, digit or mark beyond the BMP. */
const ASTRAL = 0x10000;

/** Per BMP character, what a word keeps of it: SEPARATOR, SYNTAX, or the character (ASCII capitals lower-cased). */
const fold = new Uint16Array(0x10000);
{
  const wordChar = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && wordChar.test(String.fromCharCode(c))) fold[c] = c >= 65 && c <= 90 ? c + 32 : c;
  for (const c of '`~]<') fold[c.charCodeAt(0)] = SYNTAX;
}
/** Per byte, the folded unit of an ASCII word character, else 0 (a separator, syntax, or any byte of a multi-byte character): one test per character for most text. */
const asciiInWord = new Uint16Array(256);
for (let c = 0; c < 0x80; c++) if (fold[c] !== SYNTAX) asciiInWord[c] = fold[c]!;
const astralWordChar = /^[\p{L}\p{N}\p{M}]$/u;

/** The text being scanned, as UTF-8 (a lone surrogate becomes U+FFFD, a separator), followed by zeros; reused from text to text. */
let bytes = new Uint8Array(1 << 16);
const encoder = new TextEncoder();

/** What the scanner hands each term id to, in order. */
export interface TermSink {
  add(id: number): void;
}

/** Term ids in a typed array that grows as it fills; `length = 0` empties it. */
export class IdList implements TermSink {
  ids = new Int32Array(4096);
  length = 0;

  add(id: number): void {
    if (this.length === this.ids.length) this.ids = doubled(this.ids);
    this.ids[this.length++] = id;
  }
}

/** Hands `sink` the term id of each word of the Markdown text that is a term, in order. */
export function scanWords(text: string, table: WordTable, sink: TermSink): void {
  if (3 * text.length + 4 > bytes.length) bytes = new Uint8Array(2 * (3 * text.length + 4));
  const n = encoder.encodeInto(text, bytes).written;
  const b = bytes;
  // Zeros after the text: a separator, so the loops below need no test for its end.
  b[n] = b[n + 1] = b[n + 2] = b[n + 3] = 0;
  const word = table.word;
  let i = 0;
  while (i < n) {
    const lead = b[i]!;
    const f = lead < 0x80 ? fold[lead]! : charAt(i);
    if (f === SEPARATOR) {
      i += widthOf(lead);
      continue;
    }
    if (f === SYNTAX) {
      i = afterSyntax(i, n);
      continue;
    }
    // A word: runs of word characters, joined across apostrophes. Its code units, ASCII lower-cased, go to `word`, apostrophes and a possessive left out.
    let length = 0;
    let hash = hashStart;
    for (let first = true; ; first = false) {
      const runStart = i;
      const lengthBefore = length;
      const hashBefore = hash;
      for (;;) {
        let ascii = asciiInWord[b[i]!]!;
        while (ascii !== 0) {
          word[length & WORD_MASK] = ascii;
          hash = hashStep(hash, ascii);
          length++;
          ascii = asciiInWord[b[++i]!]!;
        }
        if (b[i]! < 0x80 || !nonAsciiWordCharacter(i, length, hash, word)) break;
        i = run.at;
        length = run.length;
        hash = run.hash;
      }
      const next = b[i]!;
      // A URL starts at a run of word characters: not part of the word, nor the apostrophe before it.
      const scheme = next === 0x3a && b[i + 1] === 0x2f && b[i + 2] === 0x2f && isSchemeLength(runStart, i);
      const www = next === 0x2e && i - runStart === 3 && isW(runStart) && isW(runStart + 1) && isW(runStart + 2);
      if (scheme || www) {
        length = lengthBefore;
        hash = hashBefore;
        i = afterUrl(i, n);
        break;
      }
      if (!first && i - runStart === 1 && (b[runStart]! | 32) === 0x73) {
        // A possessive "'s"
        length = lengthBefore;
        hash = hashBefore;
        break;
      }
      // An apostrophe, straight or curly (U+2019), with a word character after it.
      const apostrophe = next === 0x27 ? 1 : next === 0xe2 && b[i + 1] === 0x80 && b[i + 2] === 0x99 ? 3 : 0;
      if (apostrophe > 0 && isWordAt(i + apostrophe)) i += apostrophe;
      else break;
    }
    if (length === 0 || length > MAX_WORD) continue;
    const id = table.idOf(length, hash);
    if (id >= 0) sink.add(id);
  }
}

/** Where a word stands after nonAsciiWordCharacter. */
const run = { at: 0, length: 0, hash: 0 };

/** Adds the non-ASCII character at byte i to the word if it is a word character (into `run`), or returns false. */
function nonAsciiWordCharacter(i: number, length: number, hash: number, word: Uint16Array): boolean {
  const unit = charAt(i);
  if (unit === SEPARATOR) return false;
  if (unit === ASTRAL) {
    // Beyond the BMP: its two UTF-16 surrogates.
    const above = codePointAt(i) - 0x10000;
    const high = 0xd800 + (above >> 10);
    const low = 0xdc00 + (above & 0x3ff);
    word[length & WORD_MASK] = high;
    word[(length + 1) & WORD_MASK] = low;
    run.hash = hashStep(hashStep(hash, high), low);
    run.length = length + 2;
  } else {
    word[length & WORD_MASK] = unit;
    run.hash = hashStep(hash, unit);
    run.length = length + 1;
  }
  run.at = i + widthOf(bytes[i]!);
  return true;
}

/** Bytes of the UTF-8 character whose first byte is `lead`. */
function widthOf(lead: number): number {
  return lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
}

/** The code point of the character at byte i. */
function codePointAt(i: number): number {
  const b = bytes;
  const lead = b[i]!;
  if (lead < 0x80) return lead;
  if (lead < 0xe0) return ((lead & 0x1f) << 6) | (b[i + 1]! & 0x3f);
  if (lead < 0xf0) return ((lead & 0x0f) << 12) | ((b[i + 1]! & 0x3f) << 6) | (b[i + 2]! & 0x3f);
  return ((lead & 0x07) << 18) | ((b[i + 1]! & 0x3f) << 12) | ((b[i + 2]! & 0x3f) << 6) | (b[i + 3]! & 0x3f);
}

/** The fold value of the character at byte i, or ASTRAL for a word character beyond the BMP. */
function charAt(i: number): number {
  const c = codePointAt(i);
  if (c < 0x10000) return fold[c]!;
  return astralWordChar.test(String.fromCodePoint(c)) ? ASTRAL : SEPARATOR;
}

/** Whether bytes [from, to) hold 3–5 characters (counted by the bytes that do not continue a character), as a URL's scheme does. */
function isSchemeLength(from: number, to: number): boolean {
  let characters = 0;
  for (let k = from; k < to; k++) characters += +((bytes[k]! & 0xc0) !== 0x80);
  return characters >= 3 && characters <= 5;
}

function isWordAt(i: number): boolean {
  const f = charAt(i);
  return f !== SEPARATOR && f !== SYNTAX;
}

function isW(i: number): boolean {
  return (bytes[i]! | 32) === 0x77;
}

/** Where scanning resumes after the syntax character at byte i of n, skipping the text that is not prose that starts there. */
function afterSyntax(i: number, n: number): number {
  const b = bytes;
  const c = b[i]!;
  if (c === 0x5d) {
    // "](destination)" of a link or image
    if (b[i + 1] !== 0x28) return i + 1;
    const close = b.subarray(0, n).indexOf(0x29, i + 2);
    return close < 0 ? n : close + 1;
  }
  if (c === 0x3c) {
    // "<tag …>", "</tag>", "<!-- … -->": a ">" within 1,997 characters of the tag's first
    const first = b[i + 1]!;
    if (!(((first | 32) >= 0x61 && (first | 32) <= 0x7a) || first === 0x2f || first === 0x21)) return i + 1;
    for (let k = i + 2, characters = 0; k < n && characters <= 1997; k += widthOf(b[k]!), characters++) if (b[k] === 0x3e) return k + 1;
    return i + 1;
  }
  // ``` or ~~~ at the start of a line: a fenced block, to the end of its closing fence's line
  if (b[i + 1] !== c || b[i + 2] !== c) return i + 1;
  let lineStart = i;
  while (lineStart > 0 && i - lineStart < 3 && b[lineStart - 1] === 0x20) lineStart--;
  if (lineStart > 0 && b[lineStart - 1] !== 0x0a) return i + 3;
  const text = b.subarray(0, n);
  for (let eol = text.indexOf(0x0a, i + 3); eol >= 0; eol = text.indexOf(0x0a, eol + 1)) {
    let k = eol + 1;
    while (k - eol <= 3 && b[k] === 0x20) k++;
    if (b[k] === c && b[k + 1] === c && b[k + 2] === c) {
      const end = text.indexOf(0x0a, k + 3);
      return end < 0 ? n : end;
    }
  }
  return n;
}

/** Where a URL that reaches byte i of n ends: at whitespace, a closing bracket or a quote. */
function afterUrl(i: number, n: number): number {
  const b = bytes;
  for (; i < n; i++) {
    const c = b[i]!;
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x29 || c === 0x3e || c === 0x5d || c === 0x22) break;
  }
  return i;
}

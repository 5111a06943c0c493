import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

/**
 * Terms of a story for the related-articles index: Markdown in, index term
 * ids out, fast enough for 100,000 stories per build.
 *
 * One pass over the characters, no regular expressions on the hot path:
 * fenced code, link and image destinations, bare URLs and HTML tags are
 * skipped; words are lower-cased, stripped of diacritics and possessives,
 * reduced by a light plural stemmer (Harman's S-stemmer) and dropped when they
 * are stop words, single characters or numbers under three digits. Terms are
 * interned in a shared {@link TermDictionary} by a hash computed while
 * scanning, so a word seen before costs no string allocation.
 *
 * countDocumentTerms() counts a whole archive; on large ones a worker thread
 * scans the second half at the same time, with identical results, and can be
 * kept for further jobs (the related index's text vectors and candidate search).
 */

/**
 * The scanner, dictionary and counter, in one self-contained function: a
 * worker thread runs the very same code from its source text (see
 * countDocumentTerms), so nothing in it may refer to anything outside it.
 */
function textTermsRuntime() {
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

  /**
   * Per UTF-16 code unit: 0 separator; SPECIAL look closer (Markdown/HTML
   * syntax, apostrophes, and non-ASCII characters not yet classified); anything
   * else is a word character, and the value is its folded code (lower-case
   * ASCII, or the character itself, normalised later).
   */
  const fold = new Uint16Array(65536);
  const SPECIAL = 0xffff;
  fold.fill(SPECIAL, 128);
  for (let c = 48; c <= 57; c++) fold[c] = c;
  for (let c = 97; c <= 122; c++) fold[c] = c;
  for (let c = 65; c <= 90; c++) fold[c] = c | 32;
  for (const c of [39, 93, 60, 96, 126]) fold[c] = SPECIAL;
  const APOSTROPHE = 39;
  const RIGHT_QUOTE = 0x2019;
  const wordChar = /[\p{L}\p{N}\p{M}]/u;

  /** Classifies a non-ASCII character on first sight (apostrophes stay SPECIAL). Returns its fold value. */
  function classify(c: number): number {
    if (c < 128 || c === RIGHT_QUOTE || c === SPECIAL) return fold[c]!;
    const word = (c >= 0xd800 && c <= 0xdfff) || wordChar.test(String.fromCharCode(c));
    return (fold[c] = word ? c : 0);
  }

  const FNV_OFFSET = 0x811c9dc5 | 0;
  const FNV_PRIME = 0x01000193;
  /** Longer "words" (hashes, base64, run-together URLs) are not terms. */
  const MAX_TERM = 40;
  const BUFFER = 64;
  /** Room for BUFFER code units and eight zeros of padding. */
  const BUFFER_ROOM = BUFFER + 8;
  const EMPTY = -1;
  /** Ints per hash-table slot (see TermDictionary); slot index << 3 is its offset. */
  const SLOT = 8;
  /**
   * 8,192 recent words (512 KB): on 5,000 synthetic stories 81% of lookups hit
   * at 4,096 words, 88% at 8,192 and 92% at 16,384; the middle size scanned
   * fastest (the largest no longer stays in the processor's cache).
   */
  const HOT_BITS = 13;
  const HOT_MASK = (1 << HOT_BITS) - 1;
  /** Longest word the hot cache holds. */
  const HOT_CHARS = 24;
  /** Term id for words that are known and never indexed (stop words, short numbers). */
  const IGNORED = -2;

  type GrowableArray = Int32Array | Float32Array | Float64Array | Uint16Array;

  /**
   * A copy of `array` with room for at least `length` elements (at least twice
   * its size, so appending stays cheap). Growable fields start empty and are
   * grown once in their constructor: V8 compiles a field that was never
   * reassigned as a constant and throws that code away when it first changes,
   * which, when an array grew mid-scan, cost each thread two or three rounds of
   * recompiling the scanner.
   */
  function grown<T extends GrowableArray>(array: T, length: number): T {
    const next = new (array.constructor as new (length: number) => T)(Math.max(2 * array.length, length));
    next.set(array);
    return next;
  }

  /**
   * Interns terms: normalised term text ↔ dense integer id. Open addressing on
   * an FNV-1a hash of the UTF-16 code units; each slot holds the hash, the id,
   * the length and the first eight code units, so most lookups touch one cache
   * line and never allocate. Longer words are verified against `chars`.
   */
  class TermDictionary {
    /** Term texts by id (index terms only; ignored words get no id). */
    readonly terms: string[] = [];
    /** SLOT ints per slot: [hash, term id or IGNORED (EMPTY if free), length, start in chars, 4 × two packed code units]. */
    private table = new Int32Array(0);
    /** Direct-mapped cache of recent words, 16 ints each: [hash, id, length, –, 12 × two packed code units]. */
    private readonly hot = new Int32Array(16 << HOT_BITS);
    private mask = -1;
    private used = 0;
    private chars = new Uint16Array(0);
    private charsUsed = 0;
    private readonly textBuffer = new Uint16Array(BUFFER_ROOM);

    constructor() {
      this.resize(1 << 15);
      this.chars = grown(this.chars, 1 << 16);
    }

    get size(): number {
      return this.terms.length;
    }

    /** Term id (≥ 0) or IGNORED for a term given as normalised text (as in `terms`), interning it if new. */
    internText(text: string): number {
      // One buffer for every call: merging a worker's vocabulary interns tens of thousands of terms.
      const buffer = this.textBuffer;
      const length = Math.min(text.length, BUFFER);
      for (let i = 0; i < length; i++) buffer[i] = text.charCodeAt(i);
      buffer.fill(0, length, length + 8);
      return this.intern(buffer, length, hashOf(buffer, length));
    }

    /** Term id (≥ 0) or IGNORED for the normalised word in `buffer[0…length)` (length ≤ MAX_TERM, buffer zero-padded to 8), whose hash is `hash`. */
    intern(buffer: Uint16Array, length: number, hash: number): number {
      // The hot cache first: frequent words (Zipf) are nearly always there, in a table small enough to stay in cache.
      const hot = this.hot;
      const at = (hash & HOT_MASK) << 4;
      if (hot[at] === hash && hot[at + 2] === length) {
        let k = 0;
        const pairs = (length + 1) >> 1;
        while (k < pairs && hot[at + 4 + k] === (buffer[2 * k]! | (buffer[2 * k + 1]! << 16))) k++;
        if (k === pairs) return hot[at + 1]!;
      }
      const slot = this.slotOf(buffer, length, hash);
      let id = this.table[slot + 1]!;
      if (id === EMPTY) id = this.insert(slot, buffer, length, hash);
      if (length <= HOT_CHARS) {
        hot[at] = hash;
        hot[at + 1] = id;
        hot[at + 2] = length;
        for (let k = 0, pairs = (length + 1) >> 1; k < pairs; k++) hot[at + 4 + k] = buffer[2 * k]! | (buffer[2 * k + 1]! << 16);
      }
      return id;
    }

    /** The slot holding the word, or the free slot where it belongs. */
    private slotOf(buffer: Uint16Array, length: number, hash: number): number {
      const table = this.table;
      const mask = this.mask;
      const p0 = buffer[0]! | (buffer[1]! << 16);
      const p1 = buffer[2]! | (buffer[3]! << 16);
      const p2 = buffer[4]! | (buffer[5]! << 16);
      const p3 = buffer[6]! | (buffer[7]! << 16);
      for (let index = hash & mask; ; index = (index + 1) & mask) {
        const slot = index << 3;
        if (table[slot + 1] === EMPTY) return slot;
        if (table[slot] === hash && table[slot + 2] === length && table[slot + 4] === p0 && table[slot + 5] === p1 && table[slot + 6] === p2 && table[slot + 7] === p3) {
          if (length <= 8 || this.sameTail(table[slot + 3]!, buffer, length)) return slot;
        }
      }
    }

    private sameTail(start: number, buffer: Uint16Array, length: number): boolean {
      const chars = this.chars;
      for (let i = 8; i < length; i++) if (chars[start + i] !== buffer[i]) return false;
      return true;
    }

    private insert(slot: number, buffer: Uint16Array, length: number, hash: number): number {
      const text = String.fromCharCode(...buffer.subarray(0, length));
      const term = ignored(text) ? IGNORED : this.terms.push(text) - 1;
      if (this.charsUsed + length > this.chars.length) this.chars = grown(this.chars, this.charsUsed + length);
      this.chars.set(buffer.subarray(0, length), this.charsUsed);
      const table = this.table;
      table[slot] = hash;
      table[slot + 1] = term;
      table[slot + 2] = length;
      table[slot + 3] = this.charsUsed;
      for (let k = 0; k < 4; k++) table[slot + 4 + k] = buffer[2 * k]! | (buffer[2 * k + 1]! << 16);
      this.charsUsed += length;
      if (++this.used * 2 > this.mask) this.resize(2 * (this.mask + 1));
      return term;
    }

    /** Moves the terms into a table of `slots` slots (a power of two; the table doubles to keep the load factor under ½). */
    private resize(slots: number): void {
      const old = this.table;
      const table = new Int32Array(slots * SLOT);
      for (let slot = 0; slot < table.length; slot += SLOT) table[slot + 1] = EMPTY;
      const mask = table.length / SLOT - 1;
      this.mask = mask;
      for (let from = 0; from < old.length; from += SLOT) {
        if (old[from + 1] === EMPTY) continue;
        let index = old[from]! & mask;
        while (table[index * SLOT + 1] !== EMPTY) index = (index + 1) & mask;
        table.set(old.subarray(from, from + SLOT), index * SLOT);
      }
      this.table = table;
    }
  }

  function hashOf(buffer: Uint16Array, length: number): number {
    let hash = FNV_OFFSET;
    for (let i = 0; i < length; i++) hash = Math.imul(hash ^ buffer[i]!, FNV_PRIME);
    return hash;
  }

  const WWW_HASH = hashOf(Uint16Array.of(119, 119, 119), 3);

  function ignored(term: string): boolean {
    if (term.length < 2 || stopWords.has(term)) return true;
    // Numbers say little unless they name something (years, "737"): drop those under three digits.
    return term.length < 3 && /^\d+$/.test(term);
  }

  /**
   * Per UTF-8 byte: 0 separator; a folded ASCII word byte (digits, lower-case
   * letters); SYNTAX for ] < ` ~ and the apostrophe; HIGH for the bytes of
   * non-ASCII characters, which are decoded and looked up in `fold`.
   */
  const fold8 = new Uint8Array(256);
  const SYNTAX = 255;
  const HIGH = 254;
  for (let c = 0; c < 128; c++) fold8[c] = fold[c] === SPECIAL ? SYNTAX : fold[c]!;
  fold8.fill(HIGH, 128);
  const encoder = new TextEncoder();

  const utf8Width = (lead: number) => (lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4);
  /** The fold value of the non-ASCII character whose UTF-8 starts at bytes[i]; characters beyond the BMP are separators. */
  function foldUtf8(bytes: Uint8Array, i: number): number {
    const lead = bytes[i]!;
    if (lead < 0xc0) return 0; // a stray continuation byte
    const code = lead < 0xe0 ? ((lead & 0x1f) << 6) | (bytes[i + 1]! & 0x3f) : lead < 0xf0 ? ((lead & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f) : -1;
    if (code < 0) return 0;
    const f = fold[code]!;
    return f === SPECIAL ? classify(code) : f;
  }

  /** The fold value of the character at bytes[j] if it is a word character, else 0. */
  function wordAt(bytes: Uint8Array, j: number): number {
    const f = fold8[bytes[j]!]!;
    if (f < HIGH) return f;
    if (f === SYNTAX) return 0;
    const g = foldUtf8(bytes, j);
    return g === SPECIAL ? 0 : g;
  }

  /**
   * Scans Markdown into term ids, appended to `terms[0…length)` (stop words and
   * other ignored words are left out). Reuse one scanner per dictionary; reset
   * `length` between documents as needed.
   *
   * The text is encoded to UTF-8 once (native, fast) and scanned as bytes:
   * ASCII needs one table lookup per byte; other characters are decoded.
   */
  class TermScanner {
    readonly dictionary: TermDictionary;
    terms = new Int32Array(0);
    length = 0;
    private readonly buffer = new Uint16Array(BUFFER_ROOM);
    private bytes = new Uint8Array(0);

    constructor(dictionary: TermDictionary) {
      this.dictionary = dictionary;
      this.terms = grown(this.terms, 4096);
      this.bytes = new Uint8Array(1 << 16);
    }

    /** Appends the terms of `text`. */
    scan(text: string): void {
      if (this.bytes.length < 3 * text.length + 4) this.bytes = new Uint8Array(2 * (3 * text.length + 4));
      const bytes = this.bytes;
      const n = encoder.encodeInto(text, bytes).written;
      bytes[n] = 0; // a separator after the end: the word loop needs no bounds test
      bytes[n + 1] = 0;
      bytes[n + 2] = 0;
      this.scanBytes(bytes, 0, n);
    }

    /**
     * Appends the terms of the UTF-8 text in bytes[from…to). bytes[to…to+2]
     * must be 0, and bytes[from − 1] a newline (or from 0).
     */
    scanBytes(bytes: Uint8Array, from: number, to: number): void {
      const n = to;
      const buffer = this.buffer;
      let i = from;
      while (i < n) {
        let f = fold8[bytes[i]!]!;
        let width = 1;
        if (f === 0) {
          i++;
          continue;
        }
        if (f === SYNTAX) {
          i = skipSyntax(bytes, i, n);
          continue;
        }
        if (f === HIGH) {
          width = utf8Width(bytes[i]!);
          f = foldUtf8(bytes, i);
          if (f === 0 || f === SPECIAL) {
            i += width;
            continue;
          }
        }
        // A word: letters and digits, with inner apostrophes ("don't" → "dont", "minister's" → "minister").
        let length = 0;
        let wide = 0;
        let hash = FNV_OFFSET;
        for (;;) {
          // f is a word character `width` bytes long at i; then the ASCII run that follows it.
          if (length < BUFFER) buffer[length] = f;
          length++;
          wide |= f;
          hash = Math.imul(hash ^ f, FNV_PRIME);
          i += width;
          f = fold8[bytes[i]!]!;
          while (f !== 0 && f < HIGH) {
            if (length < BUFFER) buffer[length] = f;
            length++;
            hash = Math.imul(hash ^ f, FNV_PRIME);
            f = fold8[bytes[++i]!]!;
          }
          if (f === 0) break;
          let apostrophe = 0;
          if (f === HIGH) {
            width = utf8Width(bytes[i]!);
            f = foldUtf8(bytes, i);
            if (f === 0) break;
            if (f !== SPECIAL) continue; // a non-ASCII letter: the word goes on
            apostrophe = 3; // U+2019, the only non-ASCII SPECIAL
          } else if (bytes[i] === APOSTROPHE) apostrophe = 1;
          else break;
          // An apostrophe: inside a word it is dropped; "'s" at a word's end is a possessive, dropped too.
          const j = i + apostrophe;
          const next = wordAt(bytes, j);
          if (next === 0) break;
          if (next === 115 && wordAt(bytes, j + 1) === 0) {
            i = j + 1;
            break;
          }
          i = j;
          f = next;
          width = bytes[j]! < 128 ? 1 : utf8Width(bytes[j]!);
        }
        if (length > MAX_TERM) continue;
        if (length <= 5 && length >= 3 && bytes[i] === 58 && bytes[i + 1] === 47 && bytes[i + 2] === 47) {
          i = skipUrl(bytes, i, n); // "https://…"
          continue;
        }
        if (length === 3 && hash === WWW_HASH && bytes[i] === 46) {
          i = skipUrl(bytes, i, n); // "www.…"
          continue;
        }
        let rehash = false;
        if (wide >= 128) {
          length = this.normaliseUnicode(length);
          if (length > MAX_TERM || length === 0) continue;
          rehash = true;
        }
        if (length >= 4 && buffer[length - 1] === 115) {
          const stemmed = stem(buffer, length);
          rehash ||= stemmed !== length;
          length = stemmed;
        }
        // Zero-pad: the dictionary compares the first eight code units packed.
        buffer[length] = 0;
        buffer[length + 1] = 0;
        buffer[length + 2] = 0;
        buffer[length + 3] = 0;
        buffer[length + 4] = 0;
        buffer[length + 5] = 0;
        buffer[length + 6] = 0;
        buffer[length + 7] = 0;
        const term = this.dictionary.intern(buffer, length, rehash ? hashOf(buffer, length) : hash);
        if (term >= 0) {
          if (this.length === this.terms.length) this.terms = grown(this.terms, this.length + 1);
          this.terms[this.length++] = term;
        }
      }
    }

    /** Slow path for words with non-ASCII characters: NFKD, no combining marks, lower case. */
    private normaliseUnicode(length: number): number {
      const word = String.fromCharCode(...this.buffer.subarray(0, length));
      const normal = word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
      if (normal.length > MAX_TERM) return MAX_TERM + 1;
      for (let k = 0; k < normal.length; k++) this.buffer[k] = normal.charCodeAt(k);
      return normal.length;
    }
  }

  /** Index of `byte` in bytes[from…n), or n. */
  function find(bytes: Uint8Array, byte: number, from: number, n: number): number {
    const at = from < n ? bytes.indexOf(byte, from) : -1;
    return at < 0 || at > n ? n : at;
  }

  /** Skips Markdown/HTML syntax at a SYNTAX byte; returns where scanning resumes. */
  function skipSyntax(bytes: Uint8Array, i: number, n: number): number {
    const c = bytes[i]!;
    if (c === 93) {
      // "](destination)" of a link or image
      if (bytes[i + 1] !== 40) return i + 1;
      return Math.min(n, find(bytes, 41, i + 2, n) + 1);
    }
    if (c === 60) {
      // "<tag …>", "</tag>", "<!-- … -->", "<https://…>"
      const next = bytes[i + 1]!;
      if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 47 || next === 33) {
        const close = find(bytes, 62, i + 1, Math.min(n, i + 2000));
        if (close < Math.min(n, i + 2000)) return close + 1;
      }
      return i + 1;
    }
    if ((c === 96 || c === 126) && bytes[i + 1] === c && bytes[i + 2] === c) {
      // A fence at the start of a line (up to three spaces in): skip the code block and its closing fence line.
      let lineStart = i;
      while (lineStart > 0 && i - lineStart < 3 && bytes[lineStart - 1] === 32) lineStart--;
      if (lineStart === 0 || bytes[lineStart - 1] === 10) {
        for (let eol = find(bytes, 10, i + 3, n); eol < n; eol = find(bytes, 10, eol + 1, n)) {
          let k = eol + 1;
          while (k < n && k - eol <= 3 && bytes[k] === 32) k++;
          if (bytes[k] === c && bytes[k + 1] === c && bytes[k + 2] === c) return find(bytes, 10, k + 3, n);
        }
        return n;
      }
      return i + 3;
    }
    return i + 1;
  }

  /** Skips a URL: up to whitespace, a closing bracket or a quote. */
  function skipUrl(bytes: Uint8Array, i: number, n: number): number {
    while (i < n) {
      const d = bytes[i]!;
      if (d === 32 || d === 10 || d === 9 || d === 13 || d === 41 || d === 62 || d === 93 || d === 34) break;
      i++;
    }
    return i;
  }

  /**
   * Harman's S-stemmer on lower-case ASCII endings: "policies" → "policy",
   * "taxes" → "taxe", "ministers" → "minister"; "crisis", "bus", "glass" stay.
   */
  function stem(b: Uint16Array, n: number): number {
    if (n < 4 || b[n - 1] !== 115) return n; // 's'
    const p = b[n - 2]!;
    if (p === 115 || p === 117 || p === 105) return n; // -ss, -us, -is
    if (p === 101 && b[n - 3] === 105 && b[n - 4] !== 101 && b[n - 4] !== 97) {
      b[n - 3] = 121; // -ies → -y
      return n - 2;
    }
    if (p === 101 && (b[n - 3] === 97 || b[n - 3] === 101 || b[n - 3] === 111)) return n; // -aes, -ees, -oes
    return n - 1;
  }


  /**
   * Collects each document's distinct terms with their field-weighted
   * frequencies, document after document: document d's are
   * terms/tf[docEnd[d − 1] … docEnd[d]).
   */
  class TermCounter {
    terms = new Int32Array(0);
    tf = new Float32Array(0);
    length = 0;
    docEnd = new Int32Array(0);
    documents = 0;
    private counts = new Float64Array(0);
    readonly weights: readonly number[];

    /** `expected`: about how many (document, term) pairs are coming (see expectedPairs), so the arrays need not grow as they fill. */
    constructor(fieldWeights: readonly number[], expected = 1 << 16) {
      this.weights = fieldWeights;
      this.terms = grown(this.terms, expected);
      this.tf = grown(this.tf, expected);
      this.docEnd = grown(this.docEnd, 1024);
      this.counts = grown(this.counts, 1 << 16);
    }

    /** Adds the document the scanner holds: terms[0…ends[0]) from the title, then description, then body. */
    add(scanner: TermScanner, ends: readonly number[]): void {
      const size = scanner.dictionary.size;
      if (size > this.counts.length) this.counts = grown(this.counts, size);
      if (this.length + scanner.length > this.terms.length) {
        this.terms = grown(this.terms, this.length + scanner.length);
        this.tf = grown(this.tf, this.length + scanner.length);
      }
      if (this.documents === this.docEnd.length) this.docEnd = grown(this.docEnd, this.documents + 1);
      const counts = this.counts;
      const scanned = scanner.terms;
      for (let field = 0, k = 0; field < ends.length; field++) {
        const weight = this.weights[field]!;
        for (const end = ends[field]!; k < end; k++) counts[scanned[k]!]! += weight;
      }
      // First occurrences, in order: each term once.
      const terms = this.terms;
      const tf = this.tf;
      let length = this.length;
      for (let k = 0; k < scanner.length; k++) {
        const term = scanned[k]!;
        const f = counts[term]!;
        if (f === 0) continue;
        terms[length] = term;
        tf[length++] = f;
        counts[term] = 0;
      }
      this.length = length;
      this.docEnd[this.documents++] = length;
    }
  }

  return { TermDictionary, TermScanner, TermCounter };
}

const runtime = textTermsRuntime();

/** Interns normalised terms ↔ dense ids (see inside textTermsRuntime). */
export const TermDictionary = runtime.TermDictionary;
export type TermDictionary = InstanceType<typeof TermDictionary>;
/** Scans Markdown into term ids (see inside textTermsRuntime). */
const TermScanner = runtime.TermScanner;
type TermScanner = InstanceType<typeof TermScanner>;
const TermCounter = runtime.TermCounter;
type TermCounter = InstanceType<typeof TermCounter>;

/** Convenience for tests and tools: the index terms of a text, in order (allocates; not for the hot path). */
export function termsOf(text: string, dictionary = new TermDictionary()): string[] {
  const scanner = new TermScanner(dictionary);
  scanner.scan(text);
  return Array.from(scanner.terms.subarray(0, scanner.length), (term) => dictionary.terms[term]!);
}

export interface TextFields {
  title: string;
  description: string;
  body: string;
}

/** Every document's distinct terms and field-weighted frequencies: document d's are terms/tf[docStart[d] … docStart[d + 1]). */
export interface TermCounts {
  dictionary: TermDictionary;
  terms: Int32Array;
  tf: Float32Array;
  docStart: Int32Array;
  /** How many documents a worker thread scanned (0 if none did). */
  workerDocuments: number;
  /** The worker thread that scanned part of the text, still running, when asked to keep it: close() it when done. */
  helper?: HelperThread;
}

/**
 * A worker thread kept for more work after scanning. A job names a
 * self-contained function like textTermsRuntime (its source is compiled on the
 * thread) and one of the functions it returns, which takes the job's input and
 * returns `{ value, transfer }`.
 */
export interface HelperThread {
  /** Hands the thread a job; false if it cannot take one (then do the work here). */
  start<R extends Record<string, unknown>>(runtime: () => R, entry: keyof R & string, input: unknown): boolean;
  /** Waits for the started job's value; undefined if the job failed (then do the work here). */
  result<T>(): T | undefined;
  close(): void;
}

/** Below this many documents per thread, a second thread costs more than it saves. */
const PARALLEL_MINIMUM = 1000;
/** Documents handed to the worker at a time (two such chunks are in flight); also the grain of taking work back from it. */
const CHUNK = 250;

/**
 * Scans and counts the terms of all documents, in order. With `threads` ≥ 2
 * and enough documents, a worker thread scans the second half while this
 * thread scans the first: the worker's texts go over in UTF-8 chunks through
 * shared memory. The worker starts a tenth of a second late, so when this
 * thread is done with its half it takes back about half of what the worker has
 * not yet scanned, from the end, and scans it with a dictionary of its own.
 * Each part's vocabulary is merged in its own order, part after part in
 * document order, so the result (term ids included) is exactly what one
 * thread would produce, wherever the parts were cut. If the worker cannot
 * run, this thread scans everything.
 */
export function countDocumentTerms(docs: readonly TextFields[], fieldWeights: readonly number[], threads = 1, keepHelper = false): TermCounts {
  const n = docs.length;
  const dictionary = new TermDictionary();
  const scanner = new TermScanner(dictionary);
  const split = threads >= 2 && n >= 2 * PARALLEL_MINIMUM ? Math.ceil(n / 2) : n;
  const counter = new TermCounter(fieldWeights, expectedPairs(docs, 0, split));
  const helper = split < n ? startHelper(docs, split, fieldWeights) : undefined;
  scanDocuments(docs, 0, split, scanner, counter, helper);
  if (helper) {
    const takenFrom = helper.takeBack();
    const taken = takenFrom < n ? scanPart(docs, takenFrom, n, fieldWeights, helper) : undefined;
    const result = helper.finish(keepHelper);
    if (result) return { ...merged(dictionary, counter, taken ? [result, taken] : [result], n, result.thread), workerDocuments: result.docEnd.length };
  }
  scanDocuments(docs, split, n, scanner, counter);
  const docStart = new Int32Array(n + 1);
  docStart.set(counter.docEnd.subarray(0, n), 1);
  return { dictionary, terms: counter.terms.subarray(0, counter.length), tf: counter.tf.subarray(0, counter.length), docStart, workerDocuments: 0 };
}

/**
 * About how many distinct (document, term) pairs docs[from…to) hold, a little
 * over: there is one per 19 characters of text in the synthetic benchmark
 * archive and one per 17 in the sample site's stories. Counting into arrays of
 * that size from the start spares growing them by doubling, which copied the
 * pairs about twice (2% of the CPU time in a profile of a 10,000-story index).
 */
function expectedPairs(docs: readonly TextFields[], from: number, to: number): number {
  let characters = 0;
  for (let d = from; d < to; d++) characters += textLength(docs[d]!);
  return Math.ceil(characters / 14);
}

/** UTF-16 code units in a document's three fields. */
function textLength(doc: TextFields): number {
  return doc.title.length + doc.description.length + doc.body.length;
}

/** Scans docs[from…to) into `counter`, now and then handing the worker its next chunk. */
function scanDocuments(docs: readonly TextFields[], from: number, to: number, scanner: TermScanner, counter: TermCounter, helper?: Helper): void {
  const ends = [0, 0, 0];
  for (let d = from; d < to; d++) {
    const doc = docs[d]!;
    scanner.length = 0;
    const texts = [doc.title, doc.description, doc.body];
    for (let field = 0; field < 3; field++) {
      if (counter.weights[field]! > 0) scanner.scan(texts[field]!);
      ends[field] = scanner.length;
    }
    counter.add(scanner, ends);
    if (helper && (d & 63) === 0) helper.feed(false);
  }
}

/** The counts of docs[from…to) with a dictionary of their own, as a worker would return them. */
function scanPart(docs: readonly TextFields[], from: number, to: number, fieldWeights: readonly number[], helper: Helper): Part {
  const dictionary = new TermDictionary();
  const counter = new TermCounter(fieldWeights, expectedPairs(docs, from, to));
  scanDocuments(docs, from, to, new TermScanner(dictionary), counter, helper);
  return { vocabulary: dictionary.terms, terms: counter.terms, tf: counter.tf, length: counter.length, docEnd: counter.docEnd.subarray(0, counter.documents) };
}

/**
 * This thread's counts with the parts that follow them appended, each part's
 * terms interned in its own id order: new ones get ids in order of first use,
 * as if scanned here. In shared memory when a thread is kept: its next job
 * reads the counts without a copy.
 */
function merged(dictionary: TermDictionary, counter: TermCounter, parts: readonly Part[], n: number, thread?: HelperThread): Omit<TermCounts, 'workerDocuments'> {
  const memory = (bytes: number) => bufferFor(thread !== undefined, bytes);
  const total = parts.reduce((sum, part) => sum + part.length, counter.length);
  const terms = new Int32Array(memory(4 * total));
  const tf = new Float32Array(memory(4 * total));
  const docStart = new Int32Array(memory(4 * (n + 1)));
  terms.set(counter.terms.subarray(0, counter.length));
  tf.set(counter.tf.subarray(0, counter.length));
  docStart.set(counter.docEnd.subarray(0, counter.documents), 1);
  let base = counter.length;
  let doc = counter.documents;
  for (const part of parts) {
    const local = new Int32Array(part.vocabulary.length);
    part.vocabulary.forEach((term, id) => (local[id] = dictionary.internText(term)));
    for (let k = 0; k < part.length; k++) terms[base + k] = local[part.terms[k]!]!;
    tf.set(part.tf.subarray(0, part.length), base);
    for (let d = 0; d < part.docEnd.length; d++) docStart[++doc] = base + part.docEnd[d]!;
    base += part.length;
  }
  return { dictionary, terms, tf, docStart, helper: thread };
}

/** Memory for a typed array: shared when another thread is to read or write it. */
export function bufferFor(shared: boolean, bytes: number): ArrayBuffer | SharedArrayBuffer {
  return shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
}

/** The counts of a run of documents scanned with a dictionary of their own: term ids are indices into `vocabulary`. */
interface Part {
  vocabulary: readonly string[];
  terms: Int32Array;
  tf: Float32Array;
  length: number;
  /** Per document, where its terms end: exactly one entry per document of the part. */
  docEnd: Int32Array;
}

interface HelperResult extends Part {
  thread?: HelperThread;
}

type Helper = NonNullable<ReturnType<typeof startHelper>>;

/**
 * Shared-memory protocol, one Int32 slot each: a state per chunk buffer, the
 * scan's status, the job slot (0 when idle, JOB_POSTED or CLOSING) and the
 * job's status, the number of chunks the worker is to scan (lowered when this
 * thread takes some back), the number it has scanned, and whether it has started.
 */
const FREE = 0;
const FILLED = 1;
const STATUS = 2;
const JOB = 3;
const JOB_STATUS = 4;
const CHUNKS = 5;
const SCANNED = 6;
const STARTED = 7;
const RUNNING = 0;
const DONE = 1;
const FAILED = 2;
const JOB_POSTED = 1;
const CLOSING = 2;

/**
 * Starts a worker thread on docs[from…). feed() hands it the next chunks as
 * its buffers free up (call it now and then); takeBack() takes about half of
 * what it has not yet scanned off its end, for this thread to scan; finish()
 * hands over the rest, waits, and returns its counts, or undefined if it
 * failed (nothing of its work is then used).
 */
function startHelper(docs: readonly TextFields[], from: number, fieldWeights: readonly number[]) {
  const n = docs.length;
  const chunks = Math.ceil((n - from) / CHUNK);
  // Room for the largest chunk: at most 3 UTF-8 bytes per UTF-16 unit, plus a newline before and three zeros after each text.
  let room = 0;
  for (let c = 0; c < chunks; c++) {
    let bytes = 0;
    for (let d = from + c * CHUNK; d < Math.min(n, from + (c + 1) * CHUNK); d++)
      bytes += 3 * textLength(docs[d]!) + 12;
    room = Math.max(room, bytes);
  }
  const control = new Int32Array(new SharedArrayBuffer(4 * 8));
  control[CHUNKS] = chunks;
  const buffers = [0, 1].map(() => ({
    bytes: new Uint8Array(new SharedArrayBuffer(room + 4)),
    // Per document: start and end of title, description, body.
    offsets: new Int32Array(new SharedArrayBuffer(4 * (1 + 6 * CHUNK))),
  }));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = new Worker(WORKER_BOOTSTRAP, {
      eval: true,
      workerData: { runtime: textTermsRuntime.toString(), control, buffers, fieldWeights: [...fieldWeights], expected: expectedPairs(docs, from, n), port: port2 },
      transferList: [port2],
    });
    worker.unref();
  } catch {
    return undefined;
  }
  let next = 0;
  /** Chunks the worker gets: chunks 0…limit − 1, the documents before the ones taken back. */
  let limit = chunks;
  const encoder = new TextEncoder();
  const fill = (chunk: number) => {
    const { bytes, offsets } = buffers[chunk % 2]!;
    let at = 0;
    const end = Math.min(n, from + (chunk + 1) * CHUNK);
    offsets[0] = end - (from + chunk * CHUNK);
    for (let d = from + chunk * CHUNK, k = 1; d < end; d++) {
      const doc = docs[d]!;
      for (const text of [doc.title, doc.description, doc.body]) {
        bytes[at++] = 10;
        const written = encoder.encodeInto(text, bytes.subarray(at)).written;
        offsets[k++] = at;
        offsets[k++] = at + written;
        at += written;
        bytes[at++] = 0;
        bytes[at++] = 0;
        bytes[at++] = 0;
      }
    }
  };
  // A worker that stops making progress for this long is given up on (and its work redone here);
  // one that has not started (which takes a tenth of a second) is given less.
  const patience = 120_000;
  const startPatience = 10_000;
  let abandoned = false;
  const failed = () => abandoned || Atomics.load(control, STATUS) === FAILED;
  const feed = (wait: boolean): boolean => {
    let waitingSince = 0;
    while (next < limit && !failed()) {
      const state = next % 2;
      if (Atomics.load(control, state) !== FREE) {
        if (!wait) return true;
        waitingSince ||= Date.now();
        if (Date.now() - waitingSince > patience) abandoned = true;
        else Atomics.wait(control, state, FILLED, 50);
        continue;
      }
      waitingSince = 0;
      fill(next++);
      Atomics.store(control, state, FILLED);
      Atomics.notify(control, state);
    }
    return !failed();
  };
  const close = () => {
    Atomics.store(control, JOB, CLOSING);
    Atomics.notify(control, JOB);
    port1.close();
    void worker.terminate();
  };
  /** Waits (a generous bound against a stuck thread) while `slot` holds `value`; true once it holds DONE. */
  const awaitDone = (slot: number, value: number): boolean => {
    const deadline = Date.now() + patience;
    while (Atomics.load(control, slot) === value && Date.now() < deadline) Atomics.wait(control, slot, value, 100);
    return Atomics.load(control, slot) === DONE;
  };
  const thread: HelperThread = {
    start(runtime, entry, input) {
      try {
        port1.postMessage({ source: runtime.toString(), entry, input });
      } catch {
        return false;
      }
      Atomics.store(control, JOB_STATUS, RUNNING);
      Atomics.store(control, JOB, JOB_POSTED);
      Atomics.notify(control, JOB);
      return true;
    },
    result<T>() {
      const message = awaitDone(JOB_STATUS, RUNNING) ? receiveMessageOnPort(port1) : undefined;
      return message?.message as T | undefined;
    },
    close,
  };
  feed(false);
  return {
    feed,
    /** The first document taken back (docs.length if none). The worker keeps the chunks already handed over. */
    takeBack(): number {
      const left = chunks - Atomics.load(control, SCANNED);
      limit = Math.max(next, chunks - Math.floor(left / 2));
      Atomics.store(control, CHUNKS, limit);
      // A worker waiting for a chunk that is no longer coming wakes up and finishes.
      Atomics.notify(control, 0);
      Atomics.notify(control, 1);
      return Math.min(n, from + limit * CHUNK);
    },
    finish(keep: boolean): HelperResult | undefined {
      const deadline = Date.now() + startPatience;
      while (Atomics.load(control, STARTED) === 0 && Date.now() < deadline) Atomics.wait(control, STARTED, 0, 100);
      if (Atomics.load(control, STARTED) === 0 || !feed(true)) return void close();
      // Its last chunk is in hand: wait for the counts.
      const message = awaitDone(STATUS, RUNNING) ? receiveMessageOnPort(port1) : undefined;
      const counts = message?.message as HelperResult | undefined;
      if (counts && keep) counts.thread = thread;
      else close();
      return counts;
    },
  };
}

/**
 * The worker's code, kept to plain JavaScript: it compiles the runtime from
 * its source text (so a build tool's transformation of this module cannot
 * break it), scans its chunks as they arrive and posts its counts.
 */
const WORKER_BOOTSTRAP = `
// getBuiltinModule, not require: the code runs as a module if the process was started with --input-type=module.
const { workerData, receiveMessageOnPort } = process.getBuiltinModule('node:worker_threads');
const { control, buffers, fieldWeights, expected, port } = workerData;
const [FREE, FILLED, STATUS, JOB, JOB_STATUS, CHUNKS, SCANNED, STARTED] = [${FREE}, ${FILLED}, ${STATUS}, ${JOB}, ${JOB_STATUS}, ${CHUNKS}, ${SCANNED}, ${STARTED}];
const [DONE, FAILED, JOB_POSTED, CLOSING] = [${DONE}, ${FAILED}, ${JOB_POSTED}, ${CLOSING}];
Atomics.store(control, STARTED, 1);
Atomics.notify(control, STARTED);
try {
  const runtime = new Function('return (' + workerData.runtime + ')();')();
  const dictionary = new runtime.TermDictionary();
  const scanner = new runtime.TermScanner(dictionary);
  const counter = new runtime.TermCounter(fieldWeights, expected);
  const ends = [0, 0, 0];
  // Chunk after chunk until the caller's count, which it may lower; a short wait, so a lowered count is seen soon.
  for (let chunk = 0; chunk < Atomics.load(control, CHUNKS); chunk++) {
    const state = chunk % 2;
    while (Atomics.load(control, state) !== FILLED && chunk < Atomics.load(control, CHUNKS)) Atomics.wait(control, state, FREE, 10);
    if (chunk >= Atomics.load(control, CHUNKS)) break;
    const { bytes, offsets } = buffers[state];
    for (let d = 0, k = 1; d < offsets[0]; d++) {
      scanner.length = 0;
      for (let field = 0; field < 3; field++, k += 2) {
        if (fieldWeights[field] > 0) scanner.scanBytes(bytes, offsets[k], offsets[k + 1]);
        ends[field] = scanner.length;
      }
      counter.add(scanner, ends);
    }
    Atomics.store(control, SCANNED, chunk + 1);
    Atomics.store(control, state, FREE);
    Atomics.notify(control, state);
  }
  const terms = counter.terms.slice(0, counter.length);
  const tf = counter.tf.slice(0, counter.length);
  const docEnd = counter.docEnd.slice(0, counter.documents);
  port.postMessage({ vocabulary: dictionary.terms, terms, tf, length: counter.length, docEnd }, [terms.buffer, tf.buffer, docEnd.buffer]);
  Atomics.store(control, STATUS, DONE);
} catch (error) {
  Atomics.store(control, STATUS, FAILED);
}
Atomics.notify(control, STATUS);
// Then jobs, if the caller kept the thread: a runtime's source and its input in, { value, transfer } out.
// Each runtime is compiled once, so a second job on the same runtime runs code the first one warmed up.
const compiled = new Map();
for (;;) {
  const job = Atomics.load(control, JOB);
  if (job === CLOSING) break;
  if (job !== JOB_POSTED) {
    Atomics.wait(control, JOB, job, 1000);
    continue;
  }
  const message = receiveMessageOnPort(port);
  if (!message) continue;
  try {
    const { source, entry, input } = message.message;
    if (!compiled.has(source)) compiled.set(source, new Function('return (' + source + ')();')());
    const { value, transfer } = compiled.get(source)[entry](input);
    port.postMessage(value, transfer);
    Atomics.store(control, JOB_STATUS, DONE);
  } catch (error) {
    Atomics.store(control, JOB_STATUS, FAILED);
  }
  Atomics.compareExchange(control, JOB, JOB_POSTED, 0);
  Atomics.notify(control, JOB_STATUS);
}
`;

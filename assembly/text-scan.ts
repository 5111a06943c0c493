/**
 * The hot loop of src/lib/text-terms.ts, in AssemblyScript (compiled to
 * WebAssembly by `npm run build:wasm`): Markdown in UTF-8 in, term ids out.
 * What a term is and the reasons for each rule are documented there; this
 * file only does them fast. The JavaScript side supplies what needs Unicode
 * tables or strings: whether a non-ASCII character is a letter, the
 * normalisation of a word with such characters, and the id of a new term.
 *
 * Memory is bump-allocated (`--runtime stub`): a region that has to grow is
 * copied to a larger one and the old one is left unused.
 */

/** Whether the non-ASCII character `code` is a letter, digit or mark. */
@external("env", "isWordChar") declare function isWordChar(code: u32): bool;
/** Normalises the word in word[0…length) in place (NFKD, no marks, lower case); returns its new length. */
@external("env", "normalise") declare function normalise(length: i32): i32;
/** The id of a new term, whose code units are at `chars` (IGNORED if it is not an index term). */
@external("env", "newTerm") declare function newTerm(chars: usize, length: i32): i32;

/** fold8 values: SYNTAX for ] < ` ~ and the apostrophe, HIGH for bytes of non-ASCII characters. */
const SYNTAX: u32 = 255;
const HIGH: u32 = 254;
/** fold value of a character not yet classified, and of the right single quote (an apostrophe). */
const SPECIAL: u32 = 0xffff;
const RIGHT_QUOTE: u32 = 0x2019;
const APOSTROPHE: u32 = 39;
const FNV_OFFSET: u32 = 0x811c9dc5;
const FNV_PRIME: u32 = 0x01000193;
const MAX_TERM: i32 = 40;
const BUFFER: i32 = 64;
const EMPTY: i32 = -1;
/** Bytes per hash-table slot: hash, id, length, start in chars, then the first INLINE code units. */
const SLOT_BYTES: u32 = 64;
/** Code units a slot holds: nearly every word fits, so a lookup compares in the slot's own cache line. */
const INLINE: i32 = 24;

/** Per UTF-16 code unit: 0 separator, SPECIAL (see above), else its folded code. */
const fold = memory.data(65536 << 1, 16);
/** Per UTF-8 byte: 0 separator, SYNTAX, HIGH, else its folded ASCII code. */
const fold8 = memory.data(256, 16);
/** The word being read, as UTF-16 code units, with room for eight zeros after BUFFER. */
const word = memory.data((BUFFER + 8) << 1, 16);
let input: usize = 0;
let inputSize: usize = 0;
/** Term ids found so far (the caller resets `outLength` between documents). */
let out: usize = 0;
let outSize: i32 = 0;
let outLength: i32 = 0;
let table: usize = 0;
let mask: u32 = 0;
let used: u32 = 0;
/** Code units of every term, for words longer than the INLINE a slot holds. */
let chars: usize = 0;
let charsSize: u32 = 0;
let charsUsed: u32 = 0;
let wwwHash: u32 = 0;
/** Per term id, the weighted count of the document being counted (zero between documents). */
let counts: usize = 0;
/** Per term id, how many counted documents use it. */
let documentFrequencies: usize = 0;
let countsSize: i32 = 0;
/** Every counted document's distinct terms and their weighted counts, document after document. */
let pairTerms: usize = 0;
let pairCounts: usize = 0;
let pairsSize: i32 = 0;
let pairs: i32 = 0;
/** Per counted document, where its pairs end. */
let documentEnds: usize = 0;
let documentsSize: i32 = 0;
let documents: i32 = 0;
let titleWeight: f64 = 1;
let descriptionWeight: f64 = 1;
let bodyWeight: f64 = 1;

export function setup(): void {
  for (let c: u32 = 128; c < 65536; c++) store<u16>(fold + (c << 1), SPECIAL);
  for (let c: u32 = 48; c <= 57; c++) store<u16>(fold + (c << 1), c);
  for (let c: u32 = 97; c <= 122; c++) store<u16>(fold + (c << 1), c);
  for (let c: u32 = 65; c <= 90; c++) store<u16>(fold + (c << 1), c | 32);
  for (let c: u32 = 0; c < 128; c++) store<u8>(fold8 + c, load<u16>(fold + (c << 1)));
  for (let c: u32 = 128; c < 256; c++) store<u8>(fold8 + c, HIGH);
  store<u8>(fold8 + APOSTROPHE, SYNTAX);
  store<u8>(fold8 + 93, SYNTAX);
  store<u8>(fold8 + 60, SYNTAX);
  store<u8>(fold8 + 96, SYNTAX);
  store<u8>(fold8 + 126, SYNTAX);
  resize(1 << 15);
  charsSize = 1 << 16;
  chars = heap.alloc(charsSize << 1);
  outSize = 4096;
  out = heap.alloc(<usize>outSize << 2);
  countsSize = 1 << 15;
  counts = heap.alloc(<usize>countsSize << 3);
  documentFrequencies = heap.alloc(<usize>countsSize << 2);
  pairsSize = 1 << 16;
  pairTerms = heap.alloc(<usize>pairsSize << 2);
  pairCounts = heap.alloc(<usize>pairsSize << 2);
  documentsSize = 1024;
  documentEnds = heap.alloc(<usize>documentsSize << 2);
  for (let k = 0; k < 3; k++) store<u16>(word + (k << 1), 119);
  wwwHash = hashOf(3);
}

/** Where the caller writes `bytes` bytes of input: UTF-8 to scan, or terms to intern and room for their ids (moves when it grows). */
export function reserveInput(bytes: usize): usize {
  if (bytes > inputSize) {
    inputSize = bytes << 1;
    input = heap.alloc(inputSize);
  }
  return input;
}

export function wordPointer(): usize {
  return word;
}

export function outPointer(): usize {
  return out;
}

export function getLength(): i32 {
  return outLength;
}

export function setLength(length: i32): void {
  outLength = length;
}

/** Makes room for `expected` more (document, term) pairs, so that counting need not grow (and copy) them as they fill. */
export function reservePairs(expected: i32): void {
  if (pairs + expected > pairsSize) resizePairs(pairs + expected);
}

function resizePairs(size: i32): void {
  pairTerms = grown(pairTerms, <usize>pairs << 2, <usize>size << 2);
  pairCounts = grown(pairCounts, <usize>pairs << 2, <usize>size << 2);
  pairsSize = size;
}

export function setWeights(title: f64, description: f64, body: f64): void {
  titleWeight = title;
  descriptionWeight = description;
  bodyWeight = body;
}

/**
 * Counts the document whose term ids were found since the last one: ids
 * [0…titleEnd) come from its title, [titleEnd…descriptionEnd) from its
 * description, the rest from its body. Appends each distinct term once, in
 * order of first use, with its weighted count, and counts the document in
 * each one's document frequency; then starts the next document.
 */
export function addDocument(titleEnd: i32, descriptionEnd: i32): void {
  if (pairs + outLength > pairsSize) resizePairs(max(pairsSize << 1, pairs + outLength));
  if (documents == documentsSize) {
    documentEnds = grown(documentEnds, documents << 2, <usize>documents << 3);
    documentsSize <<= 1;
  }
  let k = 0;
  for (; k < titleEnd; k++) addCount(k, titleWeight);
  for (; k < descriptionEnd; k++) addCount(k, descriptionWeight);
  for (; k < outLength; k++) addCount(k, bodyWeight);
  for (k = 0; k < outLength; k++) {
    const term = load<i32>(out + (<usize>k << 2));
    const at = counts + (<usize>term << 3);
    const count = load<f64>(at);
    if (count == 0) continue;
    store<i32>(pairTerms + (<usize>pairs << 2), term);
    const frequency = documentFrequencies + (<usize>term << 2);
    store<i32>(frequency, load<i32>(frequency) + 1);
    store<f32>(pairCounts + (<usize>pairs << 2), <f32>count);
    pairs++;
    store<f64>(at, 0);
  }
  store<i32>(documentEnds + (<usize>documents << 2), pairs);
  documents++;
  outLength = 0;
}

@inline function addCount(k: i32, weight: f64): void {
  const at = counts + (<usize>load<i32>(out + (<usize>k << 2)) << 3);
  store<f64>(at, load<f64>(at) + weight);
}

export function pairCount(): i32 {
  return pairs;
}

export function pairTermsPointer(): usize {
  return pairTerms;
}

export function pairCountsPointer(): usize {
  return pairCounts;
}

export function documentCount(): i32 {
  return documents;
}

export function documentFrequenciesPointer(): usize {
  return documentFrequencies;
}

export function documentEndsPointer(): usize {
  return documentEnds;
}

/** A copy of the `used` bytes at `from` in a new zeroed region of `size` bytes. */
function grown(from: usize, used: usize, size: usize): usize {
  const region = heap.alloc(size);
  memory.copy(region, from, used);
  memory.fill(region + used, 0, size - used);
  return region;
}

/**
 * Interns `count` normalised terms in input[0…size), UTF-8, each followed by
 * a newline (another dictionary's terms, when two threads' counts are
 * merged), and writes their ids, in order, from `ids`.
 */
export function internTerms(size: i32, count: i32, ids: usize): void {
  let i = 0;
  for (let k = 0; k < count && i < size; k++) {
    let length = 0;
    for (let lead = byte(i); lead != 10 && i < size; lead = byte(i)) {
      let code = codeAt(i);
      i += lead < 0x80 ? 1 : utf8Width(lead);
      if (code >= 0x10000) {
        storeUnit(length++, 0xd800 + ((code - 0x10000) >> 10));
        code = 0xdc00 + (code & 0x3ff);
      }
      storeUnit(length++, code);
    }
    i++;
    length = min(length, MAX_TERM);
    padWord(length);
    store<i32>(ids + (<usize>k << 2), intern(length, hashOf(length)));
  }
}

/** Sets word[k] (nothing past the buffer's end). */
@inline function storeUnit(k: i32, code: u32): void {
  if (k < BUFFER) store<u16>(word + (<usize>k << 1), code);
}

@inline function byte(i: i32): u32 {
  return load<u8>(input + <usize>i);
}

@inline function fold8At(i: i32): u32 {
  return load<u8>(fold8 + byte(i));
}

@inline function unit(k: i32): u32 {
  return load<u16>(word + (<usize>k << 1));
}

@inline function utf8Width(lead: u32): i32 {
  return lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
}

/** The fold value of a character, classifying it on first sight. */
function foldCode(code: u32): u32 {
  let f = <u32>load<u16>(fold + (code << 1));
  if (f == SPECIAL && code != RIGHT_QUOTE && code != SPECIAL) {
    f = isWordChar(code) ? code : 0;
    store<u16>(fold + (code << 1), f);
  }
  return f;
}

/** The character whose UTF-8 starts at i (a byte that starts none stands for itself). */
@inline function codeAt(i: i32): u32 {
  const lead = byte(i);
  if (lead < 0xc0) return lead;
  if (lead < 0xe0) return ((lead & 0x1f) << 6) | (byte(i + 1) & 0x3f);
  if (lead < 0xf0) return ((lead & 0x0f) << 12) | ((byte(i + 1) & 0x3f) << 6) | (byte(i + 2) & 0x3f);
  return ((lead & 0x07) << 18) | ((byte(i + 1) & 0x3f) << 12) | ((byte(i + 2) & 0x3f) << 6) | (byte(i + 3) & 0x3f);
}

/** The fold value of the non-ASCII character whose UTF-8 starts at i; characters beyond the BMP are separators. */
function foldUtf8(i: i32): u32 {
  const lead = byte(i);
  return lead < 0xc0 || lead >= 0xf0 ? 0 : foldCode(codeAt(i));
}

/** The fold value of the character at j if it is a word character, else 0. */
function wordAt(j: i32): u32 {
  const f = fold8At(j);
  if (f < HIGH) return f;
  if (f == SYNTAX) return 0;
  const g = foldUtf8(j);
  return g == SPECIAL ? 0 : g;
}

/**
 * Appends the terms of input[from…to) to the ids found so far; returns how
 * many there are. input[to…to+2] must be 0, and input[from − 1] a newline (or
 * from 0).
 */
export function scan(from: i32, to: i32): i32 {
  const n = to;
  // The input stays put while scanning (only reserveInput moves it): a local spares reloading the global.
  const bytes = input;
  let i = from;
  while (i < n) {
    let f: u32 = load<u8>(fold8 + load<u8>(bytes + <usize>i));
    let width = 1;
    if (f == 0) {
      i++;
      continue;
    }
    if (f == SYNTAX) {
      i = skipSyntax(i, n);
      continue;
    }
    if (f == HIGH) {
      width = utf8Width(load<u8>(bytes + <usize>i));
      f = foldUtf8(i);
      if (f == 0 || f == SPECIAL) {
        i += width;
        continue;
      }
    }
    let length = 0;
    let wide: u32 = 0;
    let hash = FNV_OFFSET;
    while (true) {
      if (length < BUFFER) store<u16>(word + (<usize>length << 1), f);
      length++;
      wide |= f;
      hash = (hash ^ f) * FNV_PRIME;
      i += width;
      f = load<u8>(fold8 + load<u8>(bytes + <usize>i));
      while (f != 0 && f < HIGH) {
        if (length < BUFFER) store<u16>(word + (<usize>length << 1), f);
        length++;
        hash = (hash ^ f) * FNV_PRIME;
        f = load<u8>(fold8 + load<u8>(bytes + <usize>(++i)));
      }
      if (f == 0) break;
      let apostrophe = 0;
      if (f == HIGH) {
        width = utf8Width(load<u8>(bytes + <usize>i));
        f = foldUtf8(i);
        if (f == 0) break;
        if (f != SPECIAL) continue;
        apostrophe = 3;
      } else if (load<u8>(bytes + <usize>i) == APOSTROPHE) apostrophe = 1;
      else break;
      const j = i + apostrophe;
      const next = wordAt(j);
      if (next == 0) break;
      if (next == 115 && wordAt(j + 1) == 0) {
        i = j + 1;
        break;
      }
      i = j;
      f = next;
      width = load<u8>(bytes + <usize>j) < 128 ? 1 : utf8Width(load<u8>(bytes + <usize>j));
    }
    if (length > MAX_TERM) continue;
    if (length <= 5 && length >= 3 && load<u8>(bytes + <usize>i) == 58 && load<u8>(bytes + <usize>i + 1) == 47 && load<u8>(bytes + <usize>i + 2) == 47) {
      i = skipUrl(i, n);
      continue;
    }
    if (length == 3 && hash == wwwHash && load<u8>(bytes + <usize>i) == 46) {
      i = skipUrl(i, n);
      continue;
    }
    let rehash = false;
    if (wide >= 128) {
      length = normalise(length);
      if (length > MAX_TERM || length == 0) continue;
      rehash = true;
    }
    if (length >= 4 && unit(length - 1) == 115) {
      const stemmed = stem(length);
      rehash = rehash || stemmed != length;
      length = stemmed;
    }
    padWord(length);
    const term = intern(length, rehash ? hashOf(length) : hash);
    if (term >= 0) append(term);
  }
  return outLength;
}

function append(term: i32): void {
  if (outLength == outSize) {
    out = grown(out, <usize>outSize << 2, <usize>outSize << 3);
    outSize <<= 1;
  }
  store<i32>(out + (<usize>outLength << 2), term);
  outLength++;
}

/** Zero code units after the word: slots compare four code units at a time. */
@inline function padWord(length: i32): void {
  store<u64>(word + (<usize>length << 1), 0);
}

function hashOf(length: i32): u32 {
  let hash = FNV_OFFSET;
  for (let k = 0; k < length; k++) hash = (hash ^ unit(k)) * FNV_PRIME;
  return hash;
}

/** Harman's S-stemmer on the word's lower-case ASCII ending; returns its new length. */
function stem(n: i32): i32 {
  if (n < 4 || unit(n - 1) != 115) return n;
  const p = unit(n - 2);
  if (p == 115 || p == 117 || p == 105) return n;
  if (p == 101 && unit(n - 3) == 105 && unit(n - 4) != 101 && unit(n - 4) != 97) {
    store<u16>(word + (<usize>(n - 3) << 1), 121);
    return n - 2;
  }
  if (p == 101 && (unit(n - 3) == 97 || unit(n - 3) == 101 || unit(n - 3) == 111)) return n;
  return n - 1;
}

/** Term id (or IGNORED) of the zero-padded word[0…length) with this hash, interning it if new. */
function intern(length: i32, hash: u32): i32 {
  let index = hash & mask;
  let slot = table + <usize>index * SLOT_BYTES;
  while (load<i32>(slot, 4) != EMPTY) {
    if (load<u32>(slot) == hash && load<i32>(slot, 8) == length && sameWord(slot, length)) return load<i32>(slot, 4);
    index = (index + 1) & mask;
    slot = table + <usize>index * SLOT_BYTES;
  }
  return insert(slot, length, hash);
}

/** Whether the slot holds the word (of the same length): four code units at a time, the word's padding zeros included. */
function sameWord(slot: usize, length: i32): bool {
  const inline = min(length, INLINE);
  for (let k = 0; k < inline; k += 4) if (load<u64>(slot + 16 + (<usize>k << 1)) != load<u64>(word + (<usize>k << 1))) return false;
  const start = load<u32>(slot, 12);
  for (let k = INLINE; k < length; k++) if (load<u16>(chars + (<usize>(start + k) << 1)) != unit(k)) return false;
  return true;
}

function insert(slot: usize, length: i32, hash: u32): i32 {
  const id = newTerm(word, length);
  if (id >= countsSize) {
    counts = grown(counts, <usize>countsSize << 3, <usize>countsSize << 4);
    documentFrequencies = grown(documentFrequencies, <usize>countsSize << 2, <usize>countsSize << 3);
    countsSize <<= 1;
  }
  if (charsUsed + <u32>length > charsSize) {
    const size = max(charsSize << 1, charsUsed + length);
    chars = grown(chars, <usize>charsUsed << 1, <usize>size << 1);
    charsSize = size;
  }
  memory.copy(chars + (<usize>charsUsed << 1), word, <usize>length << 1);
  store<u32>(slot, hash);
  store<i32>(slot, id, 4);
  store<i32>(slot, length, 8);
  store<u32>(slot, charsUsed, 12);
  memory.copy(slot + 16, word, <usize>INLINE << 1);
  charsUsed += length;
  if (++used * 2 > mask) resize((mask + 1) << 1);
  return id;
}

/** Moves the terms into a table of `slots` slots (a power of two; it doubles to keep the load factor under ½). */
function resize(slots: u32): void {
  const old = table;
  const oldSlots: u32 = table == 0 ? 0 : mask + 1;
  table = heap.alloc(<usize>slots * SLOT_BYTES);
  mask = slots - 1;
  for (let index: u32 = 0; index < slots; index++) store<i32>(table + <usize>index * SLOT_BYTES, EMPTY, 4);
  for (let from: u32 = 0; from < oldSlots; from++) {
    const source = old + <usize>from * SLOT_BYTES;
    if (load<i32>(source, 4) == EMPTY) continue;
    let index = load<u32>(source) & mask;
    while (load<i32>(table + <usize>index * SLOT_BYTES, 4) != EMPTY) index = (index + 1) & mask;
    memory.copy(table + <usize>index * SLOT_BYTES, source, SLOT_BYTES);
  }
}

/** Index of `value` in input[from…n), or n. */
function find(value: u32, from: i32, n: i32): i32 {
  while (from < n && byte(from) != value) from++;
  return from;
}

/** Skips Markdown/HTML syntax at a SYNTAX byte; returns where scanning resumes. */
function skipSyntax(i: i32, n: i32): i32 {
  const c = byte(i);
  if (c == 93) {
    // "](destination)" of a link or image
    if (byte(i + 1) != 40) return i + 1;
    return min(n, find(41, i + 2, n) + 1);
  }
  if (c == 60) {
    // "<tag …>", "</tag>", "<!-- … -->", "<https://…>"
    const next = byte(i + 1);
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next == 47 || next == 33) {
      const limit = min(n, i + 2000);
      const close = find(62, i + 1, limit);
      if (close < limit) return close + 1;
    }
    return i + 1;
  }
  if ((c == 96 || c == 126) && byte(i + 1) == c && byte(i + 2) == c) {
    // A fence at the start of a line (up to three spaces in): skip the code block and its closing fence line.
    let lineStart = i;
    while (lineStart > 0 && i - lineStart < 3 && byte(lineStart - 1) == 32) lineStart--;
    if (lineStart == 0 || byte(lineStart - 1) == 10) {
      for (let eol = find(10, i + 3, n); eol < n; eol = find(10, eol + 1, n)) {
        let k = eol + 1;
        while (k < n && k - eol <= 3 && byte(k) == 32) k++;
        if (byte(k) == c && byte(k + 1) == c && byte(k + 2) == c) return find(10, k + 3, n);
      }
      return n;
    }
    return i + 3;
  }
  return i + 1;
}

/** Skips a URL: up to whitespace, a closing bracket or a quote. */
function skipUrl(i: i32, n: i32): i32 {
  while (i < n) {
    const d = byte(i);
    if (d == 32 || d == 10 || d == 9 || d == 13 || d == 41 || d == 62 || d == 93 || d == 34) break;
    i++;
  }
  return i;
}

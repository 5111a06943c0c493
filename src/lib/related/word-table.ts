/**
 * Words as the scanner folds them (word-scan.ts) → term ids, or −1 for a word
 * that is no term. Nearly every word of an archive has been seen before, so
 * the table is open addressing over typed arrays whose slots keep each word's
 * code units: looking a word up compares numbers and makes no string; only a
 * word met for the first time becomes a string, for `termIdOf`.
 */
import { doubled } from './doubled.ts';

/** Code units a word may have and still be a term (text-terms.ts drops longer ones). */
export const MAX_WORD = 40;
/**
 * The word buffer holds 64 units, and unit k of a word goes to k & WORD_MASK:
 * a longer word wraps around, harmlessly, since it is no term, and the
 * scanner needs no test per character.
 */
export const WORD_MASK = 63;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Int32s per slot: hash, term id, length (0 for a free slot), start of the units past INLINE in `chars`, then INLINE code units. */
const SLOT = 8;
/** Code units a slot holds itself: most words fit, so most lookups read one cache line. */
const INLINE = 8;
/** The recent-words cache holds 2^RECENT_BITS slots (2 MB, against tens of MB for the whole table of a large archive). */
const RECENT_BITS = 16;

export class WordTable {
  /** The word to look up: the scanner writes its folded code units here, unit k at k & WORD_MASK. */
  readonly word = new Uint16Array(WORD_MASK + 1);
  /** The same units two by two, to compare with a slot's inline units a pair at a time. */
  private readonly wordPairs = new Int32Array(this.word.buffer);
  private readonly termIdOf: (word: string) => number;
  /** At most half the slots are used. */
  private slots = new Int32Array(SLOT << 14);
  /** The slots' inline code units: unit k of slot s (an index into `slots`) is at 2 × (s + 4) + k. */
  private units = new Uint16Array(this.slots.buffer);
  private used = 0;
  /** A small direct-mapped copy of the slots of words met lately: most words of a text are common ones, looked up here without reaching the large table. */
  private readonly recent = new Int32Array(SLOT << RECENT_BITS);
  private readonly recentUnits = new Uint16Array(this.recent.buffer);
  /** The code units past INLINE of every word in the table, one word after another. */
  private chars = new Uint16Array(1 << 16);
  private charsUsed = 0;

  /** `termIdOf` gives a word's term id (or −1) the first time the word is met. */
  constructor(termIdOf: (word: string) => number) {
    this.termIdOf = termIdOf;
  }

  /** The term id of word[0…length), whose hash (hashStep from hashStart) is `hash`. */
  idOf(length: number, hash: number): number {
    const recent = this.recent;
    const at = (hash >>> (32 - RECENT_BITS)) * SLOT;
    if (recent[at] === hash && recent[at + 2] === length && this.holds(recent, this.recentUnits, at, length)) return recent[at + 1]!;
    const slot = this.find(length, hash);
    for (let k = 0; k < SLOT; k++) recent[at + k] = this.slots[slot + k]!;
    return this.slots[slot + 1]!;
  }

  /** The slot of word[0…length) in `slots`, inserting it if it is new. */
  private find(length: number, hash: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let slot = Math.imul(hash, SLOT) & mask; ; slot = (slot + SLOT) & mask) {
      const slotLength = slots[slot + 2]!;
      if (slotLength === 0) return this.insert(slot, length, hash);
      if (slots[slot] === hash && slotLength === length && this.holds(slots, this.units, slot, length)) return slot;
    }
  }

  private holds(slots: Int32Array, units: Uint16Array, slot: number, length: number): boolean {
    const word = this.word;
    const inline = Math.min(length, INLINE);
    const pairs = inline >> 1;
    for (let k = 0; k < pairs; k++) if (slots[slot + 4 + k] !== this.wordPairs[k]) return false;
    if (inline & 1 && units[2 * (slot + 4) + inline - 1] !== word[inline - 1]) return false;
    const start = slots[slot + 3]! - INLINE;
    for (let k = INLINE; k < length; k++) if (this.chars[start + k] !== word[k]) return false;
    return true;
  }

  /** Fills the free `slot` with word[0…length) and returns where it is (the table may have grown). */
  private insert(slot: number, length: number, hash: number): number {
    const id = this.termIdOf(String.fromCharCode(...this.word.subarray(0, length)));
    const rest = Math.max(0, length - INLINE);
    while (this.charsUsed + rest > this.chars.length) this.chars = doubled(this.chars);
    this.chars.set(this.word.subarray(INLINE, length), this.charsUsed);
    this.slots.set([hash, id, length, this.charsUsed], slot);
    this.units.set(this.word.subarray(0, Math.min(length, INLINE)), 2 * (slot + 4));
    this.charsUsed += rest;
    if (2 * ++this.used <= this.slots.length / SLOT) return slot;
    this.grow();
    return this.find(length, hash);
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(2 * old.length);
    const mask = slots.length - 1;
    for (let from = 0; from < old.length; from += SLOT) {
      if (old[from + 2] === 0) continue;
      let slot = Math.imul(old[from]!, SLOT) & mask;
      while (slots[slot + 2] !== 0) slot = (slot + SLOT) & mask;
      slots.set(old.subarray(from, from + SLOT), slot);
    }
    this.slots = slots;
    this.units = new Uint16Array(slots.buffer);
  }
}

/** FNV-1a, one code unit at a time: hashStep(hashStart, u0), then hashStep(that, u1), … */
export const hashStart = FNV_OFFSET;

export function hashStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, FNV_PRIME);
}

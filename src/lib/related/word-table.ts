/**
 * Words as the scanner folds them (word-scan.ts) → term ids, or −1 for a word
 * that is no term. Nearly every word of an archive has been seen before, so
 * the table is open addressing over typed arrays whose slots keep each word's
 * code units: looking a word up compares numbers and makes no string; only a
 * word met for the first time becomes a string, for `termIdOf`.
 */

/** Code units a word may have and still be a term (text-terms.ts drops longer ones). */
export const MAX_WORD = 40;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

export class WordTable {
  /** The word to look up: the scanner writes its folded code units here (past MAX_WORD, none). */
  readonly word = new Uint16Array(MAX_WORD);
  private readonly termIdOf: (word: string) => number;
  /** Per slot: hash, term id, start in `chars`, length (0 for a free slot); at most half the slots are used. */
  private slots = new Int32Array(4 << 14);
  private used = 0;
  /** The code units of every word in the table, one after another. */
  private chars = new Uint16Array(1 << 16);
  private charsUsed = 0;

  /** `termIdOf` gives a word's term id (or −1) the first time the word is met. */
  constructor(termIdOf: (word: string) => number) {
    this.termIdOf = termIdOf;
  }

  /** The term id of word[0…length), whose hash (hashStep from hashStart) is `hash`. */
  idOf(length: number, hash: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let slot = (hash << 2) & mask; ; slot = (slot + 4) & mask) {
      const slotLength = slots[slot + 3]!;
      if (slotLength === 0) return this.insert(slot, length, hash);
      if (slots[slot] === hash && slotLength === length && this.holds(slots[slot + 2]!, length)) return slots[slot + 1]!;
    }
  }

  private holds(start: number, length: number): boolean {
    const { chars, word } = this;
    for (let k = 0; k < length; k++) if (chars[start + k] !== word[k]) return false;
    return true;
  }

  private insert(slot: number, length: number, hash: number): number {
    const id = this.termIdOf(String.fromCharCode(...this.word.subarray(0, length)));
    if (this.charsUsed + length > this.chars.length) {
      const chars = new Uint16Array(2 * this.chars.length);
      chars.set(this.chars);
      this.chars = chars;
    }
    this.chars.set(this.word.subarray(0, length), this.charsUsed);
    this.slots.set([hash, id, this.charsUsed, length], slot);
    this.charsUsed += length;
    if (2 * ++this.used > this.slots.length >> 2) this.grow();
    return id;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(2 * old.length);
    const mask = slots.length - 1;
    for (let from = 0; from < old.length; from += 4) {
      if (old[from + 3] === 0) continue;
      let slot = (old[from]! << 2) & mask;
      while (slots[slot + 3] !== 0) slot = (slot + 4) & mask;
      slots.set(old.subarray(from, from + 4), slot);
    }
    this.slots = slots;
  }
}

/** FNV-1a, one code unit at a time: hashStep(hashStart, u0), then hashStep(that, u1), … */
export const hashStart = FNV_OFFSET;

export function hashStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, FNV_PRIME);
}

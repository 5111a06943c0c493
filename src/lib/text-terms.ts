import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { textScanWasm } from './text-scan-wasm.ts';

/**
 * Terms of a story for the related-articles index: Markdown in, index term
 * ids out, fast enough for 100,000 stories per build.
 *
 * One pass over the UTF-8 bytes, no regular expressions on the hot path:
 * fenced code, link and image destinations, bare URLs and HTML tags are
 * skipped; words are lower-cased, stripped of diacritics and possessives,
 * reduced by a light plural stemmer (Harman's S-stemmer) and dropped when they
 * are stop words, single characters or numbers under three digits. Terms are
 * interned in a {@link TermDictionary} by a hash computed while scanning, so
 * a word seen before costs no string allocation. The scan, the dictionary's
 * table and the counting run in WebAssembly (assembly/text-scan.ts, compiled
 * by `npm run build:wasm` into text-scan-wasm.ts): a quarter less time than
 * the same loop in JavaScript, and compiled once rather than by each thread.
 *
 * countDocumentTerms() counts a whole archive; on large ones a worker thread
 * scans the second half at the same time, with identical results, and can be
 * kept for further jobs (the related index's text vectors and candidate search).
 */

/**
 * The dictionary and scanner, in one self-contained function of the compiled
 * scanner module: a worker thread runs the very same code from its source
 * text with the module it is sent (see countDocumentTerms), so nothing in it
 * may refer to anything outside it.
 */
function textTermsRuntime(scanModule: WebAssembly.Module) {
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

  const wordChar = /[\p{L}\p{N}\p{M}]/u;
  const MAX_TERM = 40;
  /** Term id for words that are known and never indexed (stop words, short numbers). */
  const IGNORED = -2;

  /** The string of units[from…from + length): a loop, which for words is several times faster than spreading a subarray into String.fromCharCode. */
  function textOf(units: Uint16Array, from: number, length: number): string {
    let text = '';
    for (let k = from; k < from + length; k++) text += String.fromCharCode(units[k]!);
    return text;
  }

  function ignored(term: string): boolean {
    if (term.length < 2 || stopWords.has(term)) return true;
    // Numbers say little unless they name something (years, "737"): drop those under three digits.
    return term.length < 3 && /^\d+$/.test(term);
  }

  interface ScanExports {
    memory: WebAssembly.Memory;
    setup(): void;
    reserveInput(bytes: number): number;
    wordPointer(): number;
    outPointer(): number;
    getLength(): number;
    setLength(length: number): void;
    internTerms(size: number, count: number, ids: number): void;
    scan(from: number, to: number): number;
    setWeights(title: number, description: number, body: number): void;
    reservePairs(expected: number): void;
    addDocument(titleEnd: number, descriptionEnd: number): void;
    pairCount(): number;
    pairTermsPointer(): number;
    pairCountsPointer(): number;
    documentCount(): number;
    documentEndsPointer(): number;
    documentFrequenciesPointer(): number;
  }

  const encoder = new TextEncoder();

  /**
   * Interns terms: normalised term text ↔ dense integer id. The table and the
   * scanner that fills it live in one instance of the WebAssembly module
   * (assembly/text-scan.ts), so a word seen before costs no string and no call
   * out of it; this side keeps the term texts and answers what needs Unicode.
   */
  class TermDictionary {
    /** Term texts by id (index terms only; ignored words get no id). */
    readonly terms: string[] = [];
    readonly wasm: ScanExports;
    private units = new Uint16Array(0);

    constructor() {
      const terms = this.terms;
      const instance = new WebAssembly.Instance(scanModule, {
        env: {
          isWordChar: (code: number) => (code >= 0xd800 && code <= 0xdfff) || wordChar.test(String.fromCharCode(code)),
          normalise: (length: number) => {
            const units = this.codeUnits();
            const at = this.wasm.wordPointer() >> 1;
            const normal = textOf(units, at, length).normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
            if (normal.length > MAX_TERM) return MAX_TERM + 1;
            for (let k = 0; k < normal.length; k++) units[at + k] = normal.charCodeAt(k);
            return normal.length;
          },
          newTerm: (pointer: number, length: number) => {
            const text = textOf(this.codeUnits(), pointer >> 1, length);
            return ignored(text) ? IGNORED : terms.push(text) - 1;
          },
        },
      });
      this.wasm = instance.exports as unknown as ScanExports;
      this.wasm.setup();
    }

    /** The module's memory as code units (a new view once it has grown). */
    codeUnits(): Uint16Array {
      if (this.units.buffer !== this.wasm.memory.buffer) this.units = new Uint16Array(this.wasm.memory.buffer);
      return this.units;
    }

    /**
     * Each term's id (≥ 0) or IGNORED, for terms given as normalised text (as
     * in `terms`: well-formed, without newlines), interning the new ones: in
     * one call into the module.
     */
    internTexts(texts: readonly string[]): Int32Array {
      if (texts.length === 0) return new Int32Array(0);
      // Joined and encoded natively: a loop over the characters here would mostly run before V8 optimises it.
      const text = `${texts.join('\n')}\n`;
      const room = 3 * text.length;
      const idsAt = (room + 3) & ~3;
      const at = this.wasm.reserveInput(idsAt + 4 * texts.length);
      const size = encoder.encodeInto(text, new Uint8Array(this.wasm.memory.buffer, at, room)).written;
      this.wasm.internTerms(size, texts.length, at + idsAt);
      // A new view: interning may have grown the memory.
      return new Int32Array(this.wasm.memory.buffer, at + idsAt, texts.length).slice();
    }
  }

  /**
   * Scans Markdown into term ids and counts each document's distinct terms
   * with their field-weighted frequencies, document after document (see
   * counted()). Stop words and other ignored words are left out. The work
   * happens in the dictionary's module: one scanner per dictionary.
   */
  class TermScanner {
    /** Of the title, description and body; a field weighing 0 is not scanned. */
    readonly fieldWeights: readonly number[];
    private readonly wasm: ScanExports;
    /** The dictionary's term texts, as many as there are term ids. */
    private readonly vocabulary: readonly string[];

    /** `expectedPairs`: about how many (document, term) pairs are coming, so that the counts need not grow as they fill. */
    constructor(dictionary: TermDictionary, fieldWeights: readonly number[] = [1, 1, 1], expectedPairs = 0) {
      this.fieldWeights = fieldWeights;
      this.wasm = dictionary.wasm;
      this.vocabulary = dictionary.terms;
      this.wasm.setLength(0);
      this.wasm.setWeights(fieldWeights[0]!, fieldWeights[1]!, fieldWeights[2]!);
      this.wasm.reservePairs(expectedPairs);
    }

    /** The term ids of the document being scanned, so far (a view: read it before scanning more). */
    terms(): Int32Array {
      return new Int32Array(this.wasm.memory.buffer, this.wasm.outPointer(), this.wasm.getLength());
    }

    /** Appends the terms of `text`, encoded once to UTF-8 (native, fast) and scanned as bytes. */
    scan(text: string): void {
      const room = 3 * text.length + 3;
      const at = this.wasm.reserveInput(room);
      const bytes = new Uint8Array(this.wasm.memory.buffer, at, room);
      const n = encoder.encodeInto(text, bytes).written;
      bytes.fill(0, n, n + 3); // separators after the end: the word loop needs no bounds test
      this.wasm.scan(0, n);
    }

    /** Takes UTF-8 texts to scan with countLoaded(): each preceded by a newline and followed by three zeros. */
    load(bytes: Uint8Array): void {
      const at = this.wasm.reserveInput(bytes.length);
      new Uint8Array(this.wasm.memory.buffer, at, bytes.length).set(bytes);
    }

    /** Scans and counts a document whose title, description and body were loaded at bytes[offsets[k]…offsets[k + 1]), [k + 2…k + 3), [k + 4…k + 5). */
    countLoaded(offsets: Int32Array, k: number): void {
      this.countFields((field) => this.wasm.scan(offsets[k + 2 * field]!, offsets[k + 2 * field + 1]!));
    }

    /** Scans and counts a document. */
    count(texts: readonly [title: string, description: string, body: string]): void {
      this.countFields((field) => this.scan(texts[field]!));
    }

    /** Scans the fields that weigh anything with `scanField`, in order, and counts them as one document. */
    private countFields(scanField: (field: number) => void): void {
      const ends = [0, 0];
      for (let field = 0; field < 3; field++) {
        if (this.fieldWeights[field]! > 0) scanField(field);
        if (field < 2) ends[field] = this.wasm.getLength();
      }
      this.wasm.addDocument(ends[0]!, ends[1]!);
    }

    /**
     * The counts so far: document d's distinct terms and frequencies are
     * terms/tf[docEnd[d − 1] … docEnd[d]), and df[t] is the number of
     * documents that use term t (of the terms known now). Views into the
     * module's memory, valid until it scans or interns more: copy what is to
     * be kept.
     */
    counted(): { terms: Int32Array; tf: Float32Array; docEnd: Int32Array; df: Int32Array } {
      const { memory, pairCount, pairTermsPointer, pairCountsPointer, documentCount, documentEndsPointer, documentFrequenciesPointer } = this.wasm;
      const length = pairCount();
      return {
        terms: new Int32Array(memory.buffer, pairTermsPointer(), length),
        tf: new Float32Array(memory.buffer, pairCountsPointer(), length),
        docEnd: new Int32Array(memory.buffer, documentEndsPointer(), documentCount()),
        df: new Int32Array(memory.buffer, documentFrequenciesPointer(), this.vocabulary.length),
      };
    }

    /** The counts so far (see counted()), copied out of the module's memory: to keep, or to send to another thread. */
    copied(): { terms: Int32Array; tf: Float32Array; docEnd: Int32Array; df: Int32Array } {
      const { terms, tf, docEnd, df } = this.counted();
      return { terms: terms.slice(), tf: tf.slice(), docEnd: docEnd.slice(), df: df.slice() };
    }
  }

  return { TermDictionary, TermScanner };
}

/** Compiled once per process; worker threads get it with their data. */
const scanModule = new WebAssembly.Module(Buffer.from(textScanWasm, 'base64'));
const runtime = textTermsRuntime(scanModule);

/** Interns normalised terms ↔ dense ids (see inside textTermsRuntime). */
export const TermDictionary = runtime.TermDictionary;
export type TermDictionary = InstanceType<typeof TermDictionary>;
/** Scans Markdown into term ids (see inside textTermsRuntime). */
const TermScanner = runtime.TermScanner;
type TermScanner = InstanceType<typeof TermScanner>;

/** Convenience for tests and tools: the index terms of a text, in order (allocates; not for the hot path). */
export function termsOf(text: string, dictionary = new TermDictionary()): string[] {
  const scanner = new TermScanner(dictionary);
  scanner.scan(text);
  return Array.from(scanner.terms(), (term) => dictionary.terms[term]!);
}

export interface TextFields {
  title: string;
  description: string;
  body: string;
}

/** Every document's distinct terms and field-weighted frequencies: document d's are terms/tf[docStart[d] … docStart[d + 1]). */
export interface TermCounts {
  /** Term texts by id. */
  vocabulary: readonly string[];
  terms: Int32Array;
  tf: Float32Array;
  docStart: Int32Array;
  /** Per term id, how many documents use it. */
  df: Int32Array;
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
  const split = threads >= 2 && n >= 2 * PARALLEL_MINIMUM ? Math.ceil(n / 2) : n;
  const scanner = new TermScanner(dictionary, fieldWeights, expectedPairs(docs, 0, split));
  const helper = split < n ? startHelper(docs, split, fieldWeights) : undefined;
  scanDocuments(docs, 0, split, scanner, helper);
  if (helper) {
    const takenFrom = helper.takeBack();
    const taken = takenFrom < n ? scanPart(docs, takenFrom, n, fieldWeights, helper) : undefined;
    const result = helper.finish(keepHelper);
    if (result) return { ...merged(dictionary, scanner.counted(), taken ? [result, taken] : [result], n, result.thread), workerDocuments: result.docEnd.length };
  }
  scanDocuments(docs, split, n, scanner);
  const { terms, tf, docEnd, df } = scanner.copied();
  const docStart = new Int32Array(n + 1);
  docStart.set(docEnd, 1);
  return { vocabulary: dictionary.terms, terms, tf, docStart, df, workerDocuments: 0 };
}

/**
 * About how many distinct (document, term) pairs docs[from…to) hold, a little
 * over: there is one per 19 characters of text in the synthetic benchmark
 * archive and one per 17 in the sample site's stories. Counting into arrays of
 * that size from the start spares growing them by doubling, which copies the
 * pairs and, in the module's memory, leaves the old arrays unused.
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

/** Scans and counts docs[from…to), now and then handing the worker its next chunk. */
function scanDocuments(docs: readonly TextFields[], from: number, to: number, scanner: TermScanner, helper?: Helper): void {
  for (let d = from; d < to; d++) {
    const { title, description, body } = docs[d]!;
    scanner.count([title, description, body]);
    if (helper && (d & 63) === 0) helper.feed(false);
  }
}

/** The counts of docs[from…to) with a dictionary of their own, as a worker would return them. */
function scanPart(docs: readonly TextFields[], from: number, to: number, fieldWeights: readonly number[], helper: Helper): Part {
  const dictionary = new TermDictionary();
  const scanner = new TermScanner(dictionary, fieldWeights, expectedPairs(docs, from, to));
  scanDocuments(docs, from, to, scanner, helper);
  return { vocabulary: dictionary.terms, ...scanner.counted() };
}

/**
 * This thread's counts with the parts that follow them appended, each part's
 * terms interned in its own id order: new ones get ids in order of first use,
 * as if scanned here. In shared memory when a thread is kept: its next job
 * reads the counts without a copy.
 */
function merged(dictionary: TermDictionary, first: Omit<Part, 'vocabulary'>, parts: readonly Part[], n: number, thread?: HelperThread): Omit<TermCounts, 'workerDocuments'> {
  const memory = (bytes: number) => bufferFor(thread !== undefined, bytes);
  const total = parts.reduce((sum, part) => sum + part.terms.length, first.terms.length);
  const terms = new Int32Array(memory(4 * total));
  const tf = new Float32Array(memory(4 * total));
  const docStart = new Int32Array(memory(4 * (n + 1)));
  // `first` may be views into this thread's module: copy them before interning the parts' terms, which can grow (and so detach) its memory.
  terms.set(first.terms);
  tf.set(first.tf);
  docStart.set(first.docEnd, 1);
  const firstDf = first.df.slice();
  let base = first.terms.length;
  let doc = first.docEnd.length; // read before the loop, like the copies above
  const locals = parts.map((part) => {
    const local = dictionary.internTexts(part.vocabulary);
    for (let k = 0; k < part.terms.length; k++) terms[base + k] = local[part.terms[k]!]!;
    tf.set(part.tf, base);
    for (let d = 0; d < part.docEnd.length; d++) docStart[++doc] = base + part.docEnd[d]!;
    base += part.terms.length;
    return local;
  });
  const df = new Int32Array(dictionary.terms.length);
  df.set(firstDf);
  parts.forEach((part, p) => {
    const local = locals[p]!;
    for (let term = 0; term < part.df.length; term++) df[local[term]!]! += part.df[term]!;
  });
  return { vocabulary: dictionary.terms, terms, tf, docStart, df, helper: thread };
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
  /** Per document, where its terms end: exactly one entry per document of the part. */
  docEnd: Int32Array;
  /** Per term, how many of the part's documents use it. */
  df: Int32Array;
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
      workerData: { runtime: textTermsRuntime.toString(), scanModule, control, buffers, fieldWeights: [...fieldWeights], expected: expectedPairs(docs, from, n), port: port2 },
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
  const runtime = new Function('return (' + workerData.runtime + ');')()(workerData.scanModule);
  const dictionary = new runtime.TermDictionary();
  const scanner = new runtime.TermScanner(dictionary, fieldWeights, expected);
  // Chunk after chunk until the caller's count, which it may lower; a short wait, so a lowered count is seen soon.
  for (let chunk = 0; chunk < Atomics.load(control, CHUNKS); chunk++) {
    const state = chunk % 2;
    while (Atomics.load(control, state) !== FILLED && chunk < Atomics.load(control, CHUNKS)) Atomics.wait(control, state, FREE, 10);
    if (chunk >= Atomics.load(control, CHUNKS)) break;
    const { bytes, offsets } = buffers[state];
    scanner.load(bytes.subarray(0, offsets[6 * offsets[0]] + 3));
    for (let d = 0; d < offsets[0]; d++) scanner.countLoaded(offsets, 1 + 6 * d);
    Atomics.store(control, SCANNED, chunk + 1);
    Atomics.store(control, state, FREE);
    Atomics.notify(control, state);
  }
  // Copies: the module's memory cannot be transferred.
  const counts = { vocabulary: dictionary.terms, ...scanner.copied() };
  port.postMessage(counts, [counts.terms.buffer, counts.tf.buffer, counts.docEnd.buffer, counts.df.buffer]);
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

/**
 * Typographer's punctuation in prose.
 *
 *   "double" → “double”   'single' → ‘single’   don't, ’90s, rock ’n’ roll → ’
 *   --  → – (en dash)      ---  → — (em dash)     ...  or  . . .  → … (ellipsis)
 *
 * A block (a paragraph, heading or table cell: its phrasing content) is read
 * as one run of text, so a quote that opens in one node and closes in another
 * (`"*emphasised* text"`, a quoted link) pairs correctly. Inline code, raw
 * HTML, autolinks and URLs written in prose are left exactly as typed (inline
 * code and autolinks count as a word for the quotes around them); link and
 * image destinations are never text, so they are never touched. A character
 * the author escapes (`\"`, `\'`, `\-`, `\.`) or writes as an entity
 * (`&quot;`) stays straight: that is the way to print an inch mark or a
 * literal `--`.
 *
 * Double quotes follow the language (`quoteStyleFor`): English prints “ ” at
 * every depth, Russian «ёлочки» outside and „лапки“ for a quote inside a quote
 * (`"Он сказал: "Да""` → «Он сказал: „Да“»). Single quotes and apostrophes
 * are English's in every language.
 *
 * One linear scan of the text, used by the remark plugin
 * (src/markdown/remark-smart-punctuation.ts) for bodies and by the newsroom
 * model for headlines and deks.
 */
import type { PhrasingContent, Text } from 'mdast';

/** A text node and where its value sits in its block's combined text. */
interface Segment {
  node: Text;
  /** Offset of the segment in the block's combined text. */
  start: number;
}

/** Stand-in for inline code, images, autolinks, footnote calls: a "word" to the quotes around it. */
const OPAQUE = 'x';

/** Characters after which a quote opens (besides whitespace and the start of a block). */
const OPENERS = new Set(['(', '[', '{', '<', '-', '–', '—', '“', '‘', '/']);
/** Characters before which a quote closes even after an opener: `"I was going to---"`. */
const CLOSERS = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '…', '-', '–', '—', '”', '’']);
/** Words written with a leading apostrophe: ’tis, ’twas, ’em, rock ’n’ roll, ’cause, ’til; decades: ’90s. */
const ELISION = /(?:\d\ds|tis|twas|twere|em|n|cause|til)(?![\p{L}\p{N}])/iuy;
const TWO_DIGITS = /\d\d(?![\p{L}\p{N}])/uy;
const SPACED_ELLIPSIS = /\. \. \.(?! ?\.)/y;
/** URLs typed as plain text (GFM turns most into links, which are skipped whole). */
const URL_IN_TEXT = /(?:\b[a-z][a-z\d+.-]*:\/\/|\bwww\.)[^\s<>"]*[^\s<>"'.,;:!?)\]}…]/gi;
const ENTITY = /&(?:#[xX]([\da-fA-F]{1,6})|#(\d{1,7})|[A-Za-z][A-Za-z\d]{1,31});/y;
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

const isSpace = (c: string | undefined): boolean => c === undefined || SPACE.test(c);
const isWord = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return WORD.test(c);
};

/** The double quotes a language prints: outermost, and for a quote inside a quote. */
export interface QuoteStyle {
  outer: readonly [open: string, close: string];
  inner: readonly [open: string, close: string];
}

const quoteStyles: Readonly<Record<string, QuoteStyle>> = {
  en: { outer: ['“', '”'], inner: ['“', '”'] },
  ru: { outer: ['«', '»'], inner: ['„', '“'] },
  uk: { outer: ['«', '»'], inner: ['„', '“'] },
  de: { outer: ['„', '“'], inner: ['‚', '‘'] },
};

/** The quote style of a BCP 47 language tag, by its language subtag; English's for a language without one here. */
export function quoteStyleFor(language: string): QuoteStyle {
  return quoteStyles[language.toLowerCase().split('-')[0]!] ?? quoteStyles.en!;
}

/** A plain string typeset as a block, such as a headline or a dek written in front matter. */
export function smartPunctuation(text: string, quotes: QuoteStyle = quoteStyles.en!): string {
  const node: Text = { type: 'text', value: text };
  smartenBlock([node], undefined, quotes);
  return node.value;
}

/** Open double quotes so far in a block: which pair the next one takes. */
interface QuoteState {
  style: QuoteStyle;
  depth: number;
}

/**
 * Typesets one block's phrasing content in place. `source` is the document the
 * nodes were parsed from, to see what the author escaped; without it nothing counts as escaped.
 */
export function smartenBlock(children: PhrasingContent[], source: string | undefined, quotes: QuoteStyle = quoteStyles.en!): void {
  const segments: Segment[] = [];
  let text = '';
  const collect = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        segments.push({ node, start: text.length });
        text += node.value;
      } else if (node.type === 'break') {
        text += '\n';
      } else if (node.type === 'html') {
        // Transparent: `"<em>word</em>"` still opens and closes around the tags.
      } else if (node.type === 'link' && isAutolink(node.url, node.children)) {
        text += OPAQUE;
      } else if ('children' in node) {
        collect(node.children as PhrasingContent[]);
      } else {
        text += OPAQUE; // inlineCode, image, imageReference, footnoteReference, inlineMath, …
      }
    }
  };
  collect(children);
  if (!/["'.-]/.test(text)) return;
  let prev: string | undefined; // last character as printed, across segments
  let position = 0; // end of the previous segment in `text`
  const state: QuoteState = { style: quotes, depth: 0 };
  for (const { node, start } of segments) {
    if (start > position) prev = text[start - 1]; // a stand-in or a break came between
    const length = node.value.length;
    const result = smartenSegment(node, text, start, prev, source, state);
    node.value = result.value;
    prev = result.last;
    position = start + length;
  }
}

interface SegmentResult {
  value: string;
  last: string | undefined;
}

function smartenSegment(node: Text, text: string, start: number, before: string | undefined, source: string | undefined, quotes: QuoteState): SegmentResult {
  const value = node.value;
  const end = start + value.length;
  const literal = literalOffsets(node, source);
  const urls = value.includes('://') || value.includes('www.') ? urlRanges(value) : undefined;
  let out = '';
  let flushed = 0; // value[flushed..k) is still to be copied to out
  let prev = before;
  const replace = (k: number, length: number, replacement: string) => {
    out += value.slice(flushed, k) + replacement;
    flushed = k + length;
    prev = replacement[replacement.length - 1];
  };
  for (let k = 0; k < value.length; k++) {
    const c = value[k]!;
    if (c !== '"' && c !== "'" && c !== '-' && c !== '.') {
      prev = c;
      continue;
    }
    if (literal?.has(k) || (urls && inRanges(urls, k))) {
      prev = c;
      continue;
    }
    const i = start + k;
    const after = text[i + 1];
    if (c === '"') {
      const quote = doubleQuote(prev, after);
      if (quote === c) prev = c;
      else replace(k, 1, styledQuote(quote === '“', quotes));
    } else if (c === "'") {
      const quote = singleQuote(prev, after, text, i);
      if (quote === c) prev = c;
      else replace(k, 1, quote);
    } else {
      // A run of dashes or dots, counted within this node; runs that touch another node are left alone.
      let n = 1;
      while (value[k + n] === c) n++;
      const touches = (k === 0 && text[i - 1] === c) || (k + n === value.length && text[end] === c);
      const escaped = literal !== undefined && rangeHas(literal, k, n);
      let replacement: string | undefined;
      let length = n;
      if (!touches && !escaped) {
        if (c === '-') replacement = n === 2 ? '–' : n === 3 ? '—' : undefined;
        else if (n === 3 || n === 4) replacement = '…' + '.'.repeat(n - 3);
        else if (n === 1 && text[i - 1] !== '.') {
          SPACED_ELLIPSIS.lastIndex = k;
          if (SPACED_ELLIPSIS.test(value) && !(literal && rangeHas(literal, k, 5))) {
            replacement = '…';
            length = 5;
          }
        }
      }
      if (replacement === undefined) {
        prev = c;
        k += n - 1;
      } else {
        replace(k, length, replacement);
        k += length - 1;
      }
    }
  }
  if (flushed === 0) return { value, last: prev };
  return { value: out + value.slice(flushed), last: prev };
}

function doubleQuote(prev: string | undefined, next: string | undefined): string {
  if (isSpace(prev)) return isSpace(next) ? '"' : '“';
  if (OPENERS.has(prev!) && !isSpace(next) && !CLOSERS.has(next!)) return '“';
  return '”';
}

/** An opening or closing double quote in the block's style, at its depth. */
function styledQuote(opens: boolean, quotes: QuoteState): string {
  if (opens) return (quotes.depth++ === 0 ? quotes.style.outer : quotes.style.inner)[0];
  quotes.depth = Math.max(0, quotes.depth - 1);
  return (quotes.depth === 0 ? quotes.style.outer : quotes.style.inner)[1];
}

function singleQuote(prev: string | undefined, next: string | undefined, text: string, i: number): string {
  if (isWord(prev)) return '’'; // don't, O’Brien, the students’ union, closing ’
  if (isSpace(prev) || OPENERS.has(prev!)) {
    if (isSpace(next)) return isSpace(prev) ? "'" : '’';
    ELISION.lastIndex = i + 1;
    if (ELISION.test(text)) return '’';
    TWO_DIGITS.lastIndex = i + 1;
    // "the class of '26" is an elision; "says '12 months' are needed" a quotation.
    if (TWO_DIGITS.test(text)) return closingSingleQuoteAfter(text, i + 3) ? '‘' : '’';
    return '‘';
  }
  return '’'; // after punctuation: 'Stop!'
}

/** Whether a closing single quote follows position `from` before another quote opens. */
function closingSingleQuoteAfter(text: string, from: number): boolean {
  for (let j = text.indexOf("'", from); j !== -1; j = text.indexOf("'", j + 1)) {
    const before = text[j - 1];
    if (isSpace(before) || OPENERS.has(before!)) return false; // the next quote opens: nothing closes ours
    if (!isWord(text[j + 1])) return true; // a closing quote, not an apostrophe inside a word
  }
  return false;
}

function isAutolink(url: string, children: PhrasingContent[]): boolean {
  if (children.length !== 1 || children[0]!.type !== 'text') return false;
  const text = children[0].value;
  return url === text || url === `mailto:${text}` || url === `http://${text}` || url === `https://${text}`;
}

function urlRanges(value: string): number[] {
  const ranges: number[] = [];
  for (const match of value.matchAll(URL_IN_TEXT)) ranges.push(match.index, match.index + match[0].length);
  return ranges;
}

function inRanges(ranges: number[], k: number): boolean {
  for (let r = 0; r < ranges.length; r += 2) if (k >= ranges[r]! && k < ranges[r + 1]!) return true;
  return false;
}

function rangeHas(set: Set<number>, from: number, length: number): boolean {
  for (let k = from; k < from + length; k++) if (set.has(k)) return true;
  return false;
}

/**
 * Offsets in a text node's value of characters the author escaped (`\"`) or
 * wrote as character references (`&quot;`), found by aligning the value with
 * its source. Undefined when the source is the value itself (the usual case).
 */
function literalOffsets(node: Text, source: string | undefined): Set<number> | undefined {
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  if (source === undefined || from === undefined || to === undefined) return undefined;
  const value = node.value;
  if (to - from === value.length) return undefined; // nothing escaped, nothing decoded, nothing stripped
  const raw = source.slice(from, to);
  let found: Set<number> | undefined;
  let i = 0;
  let j = 0;
  while (i < raw.length && j < value.length) {
    const c = raw[i]!;
    if (c === '\\' && raw[i + 1] === value[j] && raw[i + 1] !== undefined && /[!-/:-@[-`{-~]/.test(raw[i + 1]!)) {
      (found ??= new Set()).add(j);
      i += 2;
      j++;
    } else if (c === '&' && value[j] !== '&' && ((ENTITY.lastIndex = i), ENTITY.test(raw))) {
      const match = raw.slice(i, ENTITY.lastIndex);
      const hex = /^&#[xX]/.test(match);
      const code = match.startsWith('&#') ? Number.parseInt(match.slice(hex ? 3 : 2, -1), hex ? 16 : 10) : 0;
      const width = code > 0xffff && code <= 0x10ffff ? 2 : 1;
      found ??= new Set();
      for (let w = 0; w < width; w++) found.add(j + w);
      i = ENTITY.lastIndex;
      j += width;
    } else if (c === value[j]) {
      i++;
      j++;
    } else {
      i++; // source only: a container's `>` or indentation on a continuation line
    }
  }
  return j === value.length ? found : undefined; // no alignment, no claims
}

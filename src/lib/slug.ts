import { transliterate } from './transliterate.ts';

/**
 * One slug per tag, whatever the editor typed: "Space", "space " and "Spáce"
 * all file under /tags/space/. Case, spacing, punctuation and the accents of
 * Latin letters go. Cyrillic is written in Latin letters by GOST 7.79-2000
 * System B (src/lib/transliterate.ts), as story ids are: «Край» is `kraj`,
 * «Краи» `krai`. Letters of every other script stay whole (Hindi vowel
 * signs), since their marks make different words. "#" and "+" after a name
 * are spelled out, so C, C# and C++ stay three tags.
 */
export function slugify(value: string): string {
  let slug = slugs.get(value);
  if (slug === undefined) slugs.set(value, (slug = slugOf(value)));
  return slug;
}

// An archive repeats a few thousand tags over and over, and transliterating one is most of the work: each spelling is slugged once.
const slugs = new Map<string, string>();

function slugOf(value: string): string {
  return transliterate(value.normalize('NFC'))
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/(?<=[\p{L}\p{N}])#/gu, ' sharp ')
    .replace(/(?<=[\p{L}\p{N}+])\+/gu, ' plus ')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Two spellings of one tag: they differ only by case, spacing, hyphens, dots
 * or the accents of Latin letters ("New York", "new-york"). Spellings that
 * share a slug but not this are different tags ("C#", "C-Sharp").
 */
export function sameTag(a: string, b: string): boolean {
  const key = (tag: string) => slugify(tag.replace(/[\s_.·'’-]+/gu, ''));
  return key(a) === key(b);
}

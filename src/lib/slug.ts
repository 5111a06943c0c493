/**
 * One slug per tag, whatever the editor typed: "Space", "space " and "Spáce"
 * all file under /tags/space/. Letters of any script survive; diacritics,
 * case and punctuation do not.
 */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Which search-index bundle a built page belongs to (src/lib/search-index/).
 * Membership depends only on the page's own address, so adding or editing a story
 * never moves another story to another bundle: a story page
 * `[<edition>/]<yyyy>/<mm>/<dd>/<id>/index.html` goes to its edition's bundle for
 * its year and the part of the year its month falls in.
 */

/** Bundle `2024-1` holds January to March 2024 when `monthsPerBundle` is 3; `ru/2024-1` the same months of the edition at /ru/. */
export function searchBundleOf(page: string, monthsPerBundle: number): string | undefined {
  const match = /^(?:([a-z0-9]+(?:-[a-z0-9]+)*)\/)?(\d{4})\/(\d{2})\/\d{2}\/[^/]+\/index\.html$/.exec(page);
  if (!match) return undefined;
  const [, edition, year, month] = match;
  const part = Math.floor((Number(month) - 1) / monthsPerBundle) + 1;
  return `${edition ? `${edition}/` : ''}${year}-${part}`;
}

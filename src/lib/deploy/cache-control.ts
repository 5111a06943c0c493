import type { ObjectKind } from './object-kind.ts';

/** A year, the longest lifetime HTTP caches honour. */
const yearSeconds = 31_536_000;

/**
 * The Cache-Control header of a file of this kind: fingerprinted files never
 * change under their name, so caches keep them a year without asking again;
 * everything else may be replaced by the next deploy, so caches keep it
 * `shortSeconds` (the site setting `pageCacheSeconds`).
 */
export function cacheControl(kind: ObjectKind, shortSeconds: number): string {
  return kind === 'fingerprinted' ? `public, max-age=${yearSeconds}, immutable` : `public, max-age=${shortSeconds}`;
}

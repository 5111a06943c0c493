/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`):
 * a page whose code and key are both unchanged since the previous build is
 * copied from that build instead of being rendered again. A key is a digest of
 * data as JSON (Dates as ISO strings). What JSON would silently drop or flatten
 * (a Map, a Set, a class instance, a function) is refused instead, so a key
 * can never miss part of what a page shows by a quirk of serialisation.
 */
import { createHash } from 'node:crypto';

/**
 * A short, stable digest of `data`. `stand` may replace an object by a smaller
 * stand-in that changes whenever it does (a content entry by its digest).
 */
export function pageKey(data: unknown, stand: (value: object) => unknown = (value) => value): string {
  const json = JSON.stringify(data, (_key, value: unknown) => {
    if (typeof value === 'function' || typeof value === 'symbol') throw new TypeError(`pageKey: cannot hash a ${typeof value}`);
    if (value === null || typeof value !== 'object') return value;
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== Array.prototype && prototype !== null) {
      throw new TypeError(`pageKey: cannot hash a ${value.constructor?.name ?? 'class instance'}; pass plain data`);
    }
    return stand(value);
  });
  return createHash('sha256').update(json).digest('base64url');
}

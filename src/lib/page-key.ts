/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`):
 * a page whose code and key are both unchanged since the previous build is
 * copied from that build instead of being rendered again. So a key must cover
 * everything the page shows: pass all of it, whole (stories, not a few of
 * their fields), and a component that starts showing another field can never
 * leave a stale page behind.
 */
import { createHash } from 'node:crypto';

/** A short, stable digest of JSON-serialisable data (Dates serialise as ISO strings). */
export function pageKey(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

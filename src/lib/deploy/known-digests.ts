import type { ListedObject, Manifest } from './types.ts';

/**
 * The digests the manifest vouches for: those of listed objects whose ETag is
 * still the one recorded with the digest. An object written since (by a deploy
 * stopped before it rewrote the manifest, or by hand) has another ETag and is
 * left out, so it is checked or sent again rather than trusted.
 */
export function knownDigests(listing: ListedObject[], manifest: Manifest): Map<string, string> {
  const known = new Map<string, string>();
  for (const object of listing) {
    const entry = Object.hasOwn(manifest, object.path) ? manifest[object.path] : undefined;
    if (entry && entry.etag === object.etag) known.set(object.path, entry.digest);
  }
  return known;
}

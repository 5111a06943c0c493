import type { ListedObject, LocalFile } from './types.ts';

/**
 * Files the bucket holds at their size but whose digest the manifest cannot
 * vouch for: reading the digest kept with the object (one HEAD request each)
 * may spare sending them again, as after a deploy stopped halfway.
 */
export function filesToVerify(local: LocalFile[], listing: ListedObject[], known: Map<string, string>): LocalFile[] {
  const sizes = new Map(listing.map((object) => [object.path, object.size]));
  return local.filter((file) => !known.has(file.path) && sizes.get(file.path) === file.size);
}

import { uploadPhases } from './upload-phases.ts';
import type { ListedObject, LocalFile } from './types.ts';

export interface DeployPlan {
  /** Files to send, in phases to send one after another (see uploadPhases). */
  phases: LocalFile[][];
  /** Paths in the bucket that the build no longer has, deleted after every upload succeeded. */
  deletions: string[];
  unchanged: LocalFile[];
}

/**
 * What a deploy does: send every file whose digest differs from the one known
 * for its object (or whose object is missing or unknown), delete every object
 * the build no longer has, leave the rest.
 */
export function deployPlan(local: LocalFile[], listing: ListedObject[], known: Map<string, string>): DeployPlan {
  const built = new Set(local.map((file) => file.path));
  const changed = local.filter((file) => known.get(file.path) !== file.digest);
  return {
    phases: uploadPhases(changed),
    deletions: listing.map((object) => object.path).filter((path) => !built.has(path)).sort(),
    unchanged: local.filter((file) => known.get(file.path) === file.digest),
  };
}

import { objectKind, type ObjectKind } from './object-kind.ts';

/**
 * The order in which a deploy sends files, so that a reader never meets a page
 * whose stylesheet, image or search index is not there yet: fingerprinted files
 * first (new names nobody links to yet), then the other assets (Pagefind's entry
 * file names fragments sent just before), then pages, then the feeds and sitemaps
 * that announce the pages. Files that vanished are deleted only after all of them.
 */
const phaseOrder: ObjectKind[] = ['fingerprinted', 'asset', 'page', 'feed'];

/** `paths` split into the upload phases, in order, each sorted; empty phases are left out. */
export function uploadPhases<T extends { path: string }>(files: T[]): T[][] {
  return phaseOrder
    .map((kind) => files.filter((file) => objectKind(file.path) === kind).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
    .filter((phase) => phase.length > 0);
}

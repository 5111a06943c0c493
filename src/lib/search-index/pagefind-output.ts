import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The search index's folder in the build's output, which the search step alone writes. */
export const searchIndexFolder = 'pagefind';

/**
 * Files of Pagefind's output the search page never loads: its UI (the page
 * uses its JavaScript API alone) and the search code for a language without
 * an index.
 */
const unusedFiles = /^(?:pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)|wasm\.unknown\.pagefind)$/;
/** The search code is loaded from the vocabulary index, so a bundle needs only its language's WebAssembly. */
const unusedInBundles = /^pagefind(?:-worker)?\.js$/;

/** Removes from a Pagefind index's folder the files the search page never loads; `bundle` for a bundle of stories. */
export async function dropUnusedFiles(folder: string, { bundle }: { bundle: boolean }): Promise<void> {
  for (const file of await readdir(folder)) if (unusedFiles.test(file) || (bundle && unusedInBundles.test(file))) await rm(join(folder, file));
}

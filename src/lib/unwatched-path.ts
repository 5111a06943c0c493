import { sep } from 'node:path';

/**
 * Whether `astro dev` should leave `path` unwatched: it lies in a folder of generated files (the build's
 * output, the trees tests and benchmarks build), which hold up to hundreds of thousands of files and exhaust
 * the system's file watchers. The content tree being served is watched even when it lies in such a folder,
 * and so are the folders on the way to it.
 */
export function isUnwatchedPath(path: string, generatedFolders: readonly string[], contentRoot: string): boolean {
  const within = (folder: string) => path === folder || path.startsWith(folder + sep);
  if (within(contentRoot) || contentRoot.startsWith(path + sep)) return false;
  return generatedFolders.some(within);
}

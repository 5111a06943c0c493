import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface DistSize {
  files: number;
  bytes: number;
}

/**
 * How many files a build folder holds and their total bytes. Synchronous on
 * purpose: a 100,000-story site is a quarter of a million files, and awaiting
 * each `stat` in turn pays a round trip to libuv's thread pool for every one.
 */
export function distSize(dir: string): DistSize {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  let bytes = 0;
  for (const file of files) bytes += statSync(join(file.parentPath, file.name)).size;
  return { files: files.length, bytes };
}

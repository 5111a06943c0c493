import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface DistSize {
  files: number;
  bytes: number;
}

/** How many files a build folder holds and their total bytes. */
export async function distSize(dir: string): Promise<DistSize> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  let bytes = 0;
  for (const file of files) bytes += (await stat(join(file.parentPath, file.name))).size;
  return { files: files.length, bytes };
}

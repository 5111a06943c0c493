import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes `file` aside and renames it into place, making its folder first, so
 * a build that stops halfway never leaves a truncated file for the next one to read.
 */
export function writeFileWhole(file: string, data: string | NodeJS.ArrayBufferView): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${randomUUID()}.tmp`;
  writeFileSync(partial, data);
  renameSync(partial, file);
}

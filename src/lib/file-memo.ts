/**
 * What the check derives from one file's text alone (its parsed front matter,
 * its body's references and policy violations), kept between checks under a
 * digest of that text. On a large archive most files are the same from one
 * build to the next, and parsing them was most of the check's time.
 *
 * The whole memo is one file, written with V8's serializer (which keeps
 * values JSON would change, such as `Infinity` in front matter) and stamped:
 * a memo made by other code or settings is not read. Each check keeps only
 * the entries it used, so the file does not grow with deleted stories.
 */
import { readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { writeFileWhole } from './write-file-whole.ts';

/** The value `make()` derives from a file whose text has `digest`, remembered under `kind`. */
export type Remember = <T>(kind: string, digest: string, make: () => T) => T;

export interface FileMemo {
  remember: Remember;
  /** Writes the entries this check used; a check that threw writes nothing. */
  save(): void;
}

/** No memo: every value is made. */
export const forgetful: Remember = (_kind, _digest, make) => make();

/**
 * The memo kept in `file`, valid while `stamp` (a digest of the code and
 * settings the derived values depend on) is the one it was written with.
 */
export function fileMemo(file: string, stamp: string): FileMemo {
  let previous = new Map<string, unknown>();
  try {
    const stored = deserialize(readFileSync(file)) as { stamp: string; entries: Map<string, unknown> };
    if (stored.stamp === stamp) previous = stored.entries;
  } catch {
    // No memo yet, or an unreadable one: everything is made anew.
  }
  const next = new Map<string, unknown>();
  return {
    remember: <T>(kind: string, digest: string, make: () => T): T => {
      const key = `${kind}\0${digest}`;
      const value = (previous.has(key) ? previous.get(key) : make()) as T;
      next.set(key, value);
      return value;
    },
    save() {
      writeFileWhole(file, serialize({ stamp, entries: next }));
    },
  };
}

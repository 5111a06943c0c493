/**
 * Which folders of the articles tree hold live updates: a folder named after a
 * story beside it (`storm-live.md` and `storm-live/`). Their Markdown files are
 * updates of that story, never stories of their own. Read from the disk by the
 * content config and the content check alike, so both split the tree the same way.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Update folders below `articlesDir`, relative to it with forward slashes, sorted. */
export function updateFolders(articlesDir: string): string[] {
  let entries;
  try {
    entries = readdirSync(articlesDir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  const files = new Set(entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)));
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && files.has(join(entry.parentPath, `${entry.name}.md`)))
    .map((entry) => relative(articlesDir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
}

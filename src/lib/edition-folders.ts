/**
 * The editions a content tree holds besides the default one: each folder of
 * the tree with its own `sections.yaml` or `articles/` (`content/ru/`). Read
 * from the disk by the content config, the data layer and the content check
 * alike, so all three see the same editions.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folders of the default edition's own content, never an edition. */
const ownFolders = new Set(['articles', 'authors']);

/** Edition folder names below `root`, sorted. */
export function editionFolders(root: string): string[] {
  let entries;
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !ownFolders.has(entry.name))
    .filter((entry) => existsSync(join(root, entry.name, 'sections.yaml')) || existsSync(join(root, entry.name, 'articles')))
    .map((entry) => entry.name)
    .sort();
}

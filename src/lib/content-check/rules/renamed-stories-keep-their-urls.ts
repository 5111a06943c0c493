/**
 * Check rule: a published story whose file was renamed (as git history shows)
 * changed its address, and links to the old one break unless it is listed in
 * `aliases`. A warning naming the old path to add. "Published" means it was out
 * when it was renamed (not a draft now, published before the renaming commit):
 * a story renamed before it came out had no address to keep. The date in the
 * old address is the story's present one; a changed date is not in the file's name.
 */
import { relative } from 'node:path';
import { idFromFileName } from '../../id-from-file-name.ts';
import { articlePath } from '../../urls.ts';
import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

export function renamedStoriesKeepTheirUrls({ tree, articles, options }: CheckedContent, report: Reporter) {
  const renames = options.renames ?? [];
  if (renames.length === 0) return;
  for (const { id, file, data } of articles) {
    if (data.draft || data.publishedAt > options.now) continue;
    // Newest first: follow the file back through each of its names.
    let name = relative(`${tree.root}/articles`, file.absolutePath).replaceAll('\\', '/');
    for (const rename of renames) {
      if (rename.to !== name) continue;
      name = rename.from;
      const oldId = idFromFileName(rename.from);
      if (oldId === id || data.publishedAt > rename.at) continue;
      const oldPath = articlePath(oldId, data.publishedAt, options.timeZone);
      if (data.aliases.includes(oldPath)) continue;
      report.warning(file, file.lineOf(['aliases']), 'aliases', `renamed from ${rename.from} after it was published: its old address ${oldPath} no longer works`,
        `add the old address to aliases, and it redirects here: aliases: [${oldPath}]`);
    }
  }
}

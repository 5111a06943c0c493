import { idFromFileName } from '../../id-from-file-name.ts';
import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

/** An author file no story names, drafts and stories with mistakes included: someone who left, or a typo in a byline. */
export function authorsHaveStories({ tree, authorIds, glimpses }: CheckedContent, report: Reporter) {
  const bylines = new Set(glimpses.flatMap((story) => story.authors));
  for (const file of tree.authors) {
    const id = idFromFileName(file.absolutePath);
    if (authorIds.has(id) && !bylines.has(id))
      report.warning(file, 1, 'author', `"${id}" has no stories`, `add authors: [${id}] to a story, or delete this file if they no longer write for you`);
  }
}

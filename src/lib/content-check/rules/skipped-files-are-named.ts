import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

/** Files that look like stories or bios but that the build would skip: hidden, or not ending in .md. */
export function skippedFilesAreNamed({ tree }: CheckedContent, report: Reporter) {
  for (const unread of tree.unread) report.error(unread, 1, 'file name', unread.reason, unread.hint);
}

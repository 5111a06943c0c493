import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

export function bodiesAreWritten({ tree }: CheckedContent, report: Reporter) {
  for (const file of tree.articles) if (!file.body.trim()) report.error(file, file.bodyLine, 'body', 'is empty', 'write the story below the closing ---');
}

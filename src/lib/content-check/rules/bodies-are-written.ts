import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

export function bodiesAreWritten({ tree, references }: CheckedContent, report: Reporter) {
  for (const file of tree.articles) if (!file.body.trim()) report.error(file, file.bodyLine, 'body', 'is empty', 'write the story below the closing ---');
  // Live updates are checked once there is an update schema to check them with (their bodies are then referenced).
  for (const file of tree.updates) if (references.has(file) && !file.body.trim()) report.error(file, file.bodyLine, 'body', 'is empty', 'write the update below the closing ---');
}

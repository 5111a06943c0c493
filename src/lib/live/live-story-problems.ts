/** The content check's rules for a story's own live fields: coverage ends after it starts, and only a live story ends. */
import type { Problem } from '../content-check.ts';
import type { SourceFile } from '../content-tree.ts';

export function liveStoryProblems(story: { file: SourceFile; data: { publishedAt: Date; live?: boolean; liveEndedAt?: Date } }): Problem[] {
  const { file, data } = story;
  const problem = (message: string, hint: string): Problem[] => [
    { severity: 'error', file: file.path, line: file.lineOf(['liveEndedAt']), field: 'liveEndedAt', message, hint },
  ];
  if (!data.liveEndedAt) return [];
  if (!data.live) return problem('is set on a story that is not live', 'add live: true, or remove liveEndedAt');
  if (data.liveEndedAt < data.publishedAt) return problem('is before publishedAt', 'coverage ends after it starts; check the date and the offset');
  return [];
}

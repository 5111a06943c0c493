/**
 * The content check's rules for live updates that span files: each update
 * belongs to a live story, comes after the story's publication, has its own
 * time, and names known authors. Field rules (the update schema) and body
 * rules (links, images) are applied by the check itself, as for a story.
 */
import { basename, dirname } from 'node:path';
import type { Problem } from '../content-check.ts';
import type { SourceFile } from '../content-tree.ts';
import { formatDateTime } from '../dates.ts';

export interface CheckedUpdate {
  file: SourceFile;
  /** Undefined when the update's own fields have mistakes (already reported). */
  data?: { at: Date; authors: string[] };
}

interface CheckedStory {
  id: string;
  file: SourceFile;
  data: { publishedAt: Date; live?: boolean };
}

export function updateProblems(
  updates: readonly CheckedUpdate[],
  stories: readonly CheckedStory[],
  authorIds: ReadonlySet<string>,
  timeZone: string,
): Problem[] {
  const problems: Problem[] = [];
  const report = (file: SourceFile, line: number, field: string, message: string, hint?: string) =>
    problems.push({ severity: 'error', file: file.path, line, field, message, hint });
  const storyById = new Map(stories.map((story) => [story.id, story]));
  const folders = Map.groupBy(updates, ({ file }) => dirname(file.absolutePath));

  for (const [folder, members] of folders) {
    // A story with a mistake of its own is reported at its file; its updates are not reported as well.
    const story = storyById.get(basename(folder));
    if (!story) continue;
    if (!story.data.live) {
      report(story.file, story.file.lineOf(['live']), 'live', `has a folder of updates (${basename(folder)}/) but is not a live story`,
        'add live: true to the story, or move the update files out of the folder');
      continue;
    }
    const byTime = Map.groupBy(members.filter((update) => update.data), (update) => update.data!.at.getTime());
    for (const { file, data } of members) {
      if (!data) continue;
      if (data.at < story.data.publishedAt)
        report(file, file.lineOf(['at']), 'at', `is before the story's publishedAt (${formatDateTime(story.data.publishedAt, timeZone)})`,
          'an update comes after the story is published; check the date and the offset');
      const twins = byTime.get(data.at.getTime())!.filter((other) => other.file !== file);
      if (twins.length > 0)
        report(file, file.lineOf(['at']), 'at', `has the same time as ${twins.map((twin) => twin.file.path).join(' and ')}`,
          'give each update its own time, to the minute or the second');
      data.authors.forEach((author, index) => {
        if (!authorIds.has(author))
          report(file, file.lineOf(['authors', index]), 'authors', `unknown author "${author}"`, `use one of: ${[...authorIds].join(', ')}`);
      });
    }
  }
  return problems;
}

import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

/** Two updates of one story at the same time would have no order: each is reported, naming the other. */
export function liveUpdateTimesDiffer({ updates }: CheckedContent, report: Reporter) {
  const byTime = Map.groupBy(updates, (update) => `${update.storyId} ${update.data.at.getTime()}`);
  for (const twins of byTime.values()) {
    if (twins.length < 2) continue;
    for (const { file } of twins)
      report.error(file, file.lineOf(['at']), 'at', `has the same time as ${twins.filter((twin) => twin.file !== file).map((twin) => twin.file.path).join(' and ')}`,
        'give each update its own time, to the minute or the second');
  }
}

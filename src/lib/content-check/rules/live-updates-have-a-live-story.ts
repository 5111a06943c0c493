import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

/**
 * A folder named after a story holds that story's live updates, so the story
 * must be live. Reported once, at the story; a story with a mistake of its own
 * is reported at its own file, and its updates are not reported as well.
 */
export function liveUpdatesHaveALiveStory({ articles, updates }: CheckedContent, report: Reporter) {
  const storiesWithUpdates = new Set(updates.map((update) => update.storyId));
  for (const { id, file, data } of articles)
    if (storiesWithUpdates.has(id) && !data.live)
      report.error(file, file.lineOf(['live']), 'live', `has a folder of updates (${id}/) but is not a live story`,
        'add live: true to the story, or move the update files out of the folder');
}

import { formatDateTime } from '../../dates.ts';
import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

/** A live update comes after its story is published: an earlier time is a wrong date or offset. */
export function liveUpdatesFollowTheirStory({ articles, updates, options }: CheckedContent, report: Reporter) {
  const storyById = new Map(articles.map((story) => [story.id, story]));
  for (const { storyId, file, data } of updates) {
    const story = storyById.get(storyId);
    if (story && data.at < story.data.publishedAt)
      report.error(file, file.lineOf(['at']), 'at', `is before the story's publishedAt (${formatDateTime(story.data.publishedAt, options.timeZone)})`,
        'an update comes after the story is published; check the date and the offset');
  }
}

/**
 * Where a story stands in lists (fronts, sections, tags, authors, feeds): a
 * story that is live stands at its newest update, any other at its
 * publication, so running coverage stays at the top while it runs.
 */
import { isLive } from './is-live.ts';

interface Listed {
  id: string;
  publishedAt: Date;
  live?: { endedAt?: Date; updates: { at: Date }[] };
}

export function newestActivity(story: Listed): Date {
  const newest = story.live?.updates[0]?.at;
  return isLive(story) && newest && newest > story.publishedAt ? newest : story.publishedAt;
}

/** Newest activity first; ties by id, so the order never depends on the order files are read in. */
export const byNewestActivity = (a: Listed, b: Listed): number =>
  newestActivity(b).getTime() - newestActivity(a).getTime() || a.id.localeCompare(b.id);

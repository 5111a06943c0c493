import { formatDateTime } from '../dates.ts';
import type { Embargo } from './embargoes.ts';

/** The check's info lines: which stories are waiting for their time, and when they appear. */
export function formatEmbargoes(embargoes: readonly Embargo[], timeZone: string): string {
  return embargoes
    .map((story) => `embargoed until ${formatDateTime(story.publishedAt, timeZone)} (${timeZone}): ${story.file}  "${story.title}"`)
    .join('\n');
}

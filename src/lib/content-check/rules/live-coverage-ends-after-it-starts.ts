import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

/** Only a live story's coverage ends, and it ends after it starts. */
export function liveCoverageEndsAfterItStarts({ articles }: CheckedContent, report: Reporter) {
  for (const { file, data } of articles) {
    if (!data.liveEndedAt) continue;
    const line = file.lineOf(['liveEndedAt']);
    if (!data.live) report.error(file, line, 'liveEndedAt', 'is set on a story that is not live', 'add live: true, or remove liveEndedAt');
    else if (data.liveEndedAt < data.publishedAt) report.error(file, line, 'liveEndedAt', 'is before publishedAt', 'coverage ends after it starts; check the date and the offset');
  }
}

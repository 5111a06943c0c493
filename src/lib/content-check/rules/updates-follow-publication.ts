import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

/** An update and a correction come after publication: an earlier time is a wrong date or offset. */
export function updatesFollowPublication({ articles }: CheckedContent, report: Reporter) {
  for (const { file, data } of articles) {
    if (data.updatedAt && data.updatedAt < data.publishedAt)
      report.error(file, file.lineOf(['updatedAt']), 'updatedAt', 'is before publishedAt', 'an update comes after publication; check the date and the offset');
    data.corrections.forEach((correction, index) => {
      if (correction.at < data.publishedAt)
        report.error(file, file.lineOf(['corrections', index, 'at']), `corrections.${index}.at`, 'is before publishedAt', 'a correction comes after publication; check the date and the offset');
    });
  }
}

import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

export function headlinesFit({ articles, options }: CheckedContent, report: Reporter) {
  for (const { file, data } of articles)
    if (data.title.length > options.headlineLimit)
      report.warning(file, file.lineOf(['title']), 'title', `is ${data.title.length} characters long`, `headlines over ${options.headlineLimit} characters are cut off in search results and feeds`);
}

import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

export function deksFit({ articles, options }: CheckedContent, report: Reporter) {
  for (const { file, data } of articles)
    if (data.description.length > options.dekLimit)
      report.warning(file, file.lineOf(['description']), 'description', `is ${data.description.length} characters long`, `keep the dek under ${options.dekLimit} characters`);
}

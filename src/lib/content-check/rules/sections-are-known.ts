import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

export function sectionsAreKnown({ articles, sectionIds }: CheckedContent, report: Reporter) {
  for (const { file, data } of articles)
    if (!sectionIds.has(data.section))
      report.error(file, file.lineOf(['section']), 'section', `unknown section "${data.section}"`, `use one of: ${[...sectionIds].join(', ')}`);
}

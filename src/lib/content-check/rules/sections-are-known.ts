import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

/** A story's section is one of its own edition's sections. */
export function sectionsAreKnown({ articles, editionSectionIds }: CheckedContent, report: Reporter) {
  for (const { file, data, edition } of articles) {
    const sectionIds = editionSectionIds.get(edition) ?? new Set();
    if (!sectionIds.has(data.section))
      report.error(file, file.lineOf(['section']), 'section', `unknown section "${data.section}"`, `use one of: ${[...sectionIds].join(', ')}`);
  }
}

import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

export function liveUpdateAuthorsAreKnown({ updates, authorIds }: CheckedContent, report: Reporter) {
  for (const { file, data } of updates)
    data.authors.forEach((author, index) => {
      if (!authorIds.has(author))
        report.error(file, file.lineOf(['authors', index]), 'authors', `unknown author "${author}"`,
          `use one of: ${[...authorIds].join(', ')}, or add content/authors/${author}.md`);
    });
}

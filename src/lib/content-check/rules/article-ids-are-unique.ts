import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

/** Ids are file names, so two stories in different folders may clash: both files are named. */
export function articleIdsAreUnique({ articleFiles }: CheckedContent, report: Reporter) {
  for (const [id, files] of articleFiles) {
    if (files.length < 2) continue;
    for (const file of files)
      report.error(file, 1, 'file name', `duplicate article id "${id}": ${files.map((f) => f.path).join(' and ')}`,
        'article ids are file names and must be unique across folders; rename one of the files');
  }
}

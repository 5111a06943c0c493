import { idFromFileName } from '../../id-from-file-name.ts';
import { idPattern } from '../../id-pattern.ts';
import { slugify } from '../../slug.ts';
import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

/** An author's id is their file name and becomes their page's URL. */
export function authorIdsAreUrlSafe({ tree }: CheckedContent, report: Reporter) {
  for (const file of tree.authors) {
    const id = idFromFileName(file.absolutePath);
    if (!idPattern.test(id)) report.error(file, 1, 'file name', `author id "${id}" is not URL-safe`, `rename the file to ${slugify(id) || 'name-surname'}.md`);
  }
}

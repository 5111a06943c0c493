import { idFromFileName } from '../../id-from-file-name.ts';
import { idPattern } from '../../id-pattern.ts';
import { slugify } from '../../slug.ts';
import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

/** A story's id is its file name and becomes part of its URL. */
export function articleIdsAreUrlSafe({ tree }: CheckedContent, report: Reporter) {
  for (const file of tree.articles) {
    const id = idFromFileName(file.absolutePath);
    if (!idPattern.test(id)) report.error(file, 1, 'file name', `article id "${id}" is not URL-safe`, `rename the file to ${slugify(id) || 'headline-words'}.md`);
  }
}

import { slugify } from '../../slug.ts';
import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

/** A tag's page lives at its slug: a tag of punctuation alone has none. */
export function tagsHaveLetters({ articles }: CheckedContent, report: Reporter) {
  for (const { file, data } of articles)
    data.tags.forEach((tag, index) => {
      if (!slugify(tag)) report.error(file, file.lineOf(['tags', index]), 'tags', `tag "${tag}" has no letters or digits`, 'remove it');
    });
}

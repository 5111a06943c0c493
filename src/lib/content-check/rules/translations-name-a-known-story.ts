import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

/** `translationOf` names a story that exists: a translation of nothing would link nowhere. */
export function translationsNameAKnownStory({ articles, articleFiles }: CheckedContent, report: Reporter) {
  for (const { file, data } of articles)
    if (data.translationOf && !articleFiles.has(data.translationOf))
      report.error(file, file.lineOf(['translationOf']), 'translationOf', `unknown story "${data.translationOf}"`, 'give the id (the file name without .md) of the default edition\'s story this one translates');
}

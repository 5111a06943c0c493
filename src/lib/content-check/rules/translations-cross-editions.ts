import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

/**
 * A translation is a story of another edition translating one of the default
 * edition's: `translationOf` may not name a story of its own edition, and it
 * names the original, not another translation.
 */
export function translationsCrossEditions({ articles, articleFiles, editionOf }: CheckedContent, report: Reporter) {
  for (const { file, data, edition } of articles) {
    const target = data.translationOf;
    const targetFile = target ? articleFiles.get(target)?.[0] : undefined;
    if (!target || !targetFile) continue;
    const targetEdition = editionOf(targetFile);
    const line = file.lineOf(['translationOf']);
    if (targetEdition === edition)
      report.error(file, line, 'translationOf', `"${target}" is in the same edition as this story`, edition ? 'name the default edition\'s story this one translates' : 'a story of the default edition is an original: set translationOf in its translation instead');
    else if (targetEdition !== '')
      report.error(file, line, 'translationOf', `"${target}" is itself in the "${targetEdition}" edition`, `name the default edition's original${articles.find((article) => article.id === target)?.data.translationOf ? `, "${articles.find((article) => article.id === target)!.data.translationOf}"` : ''}`);
  }
}

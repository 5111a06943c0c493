import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

/** One translation of a story per edition: two would both claim to be its version in that language. Both files are named. */
export function translationsAreOnePerEdition({ articles }: CheckedContent, report: Reporter) {
  const translations = Map.groupBy(
    articles.filter((article) => article.data.translationOf),
    (article) => `${article.edition}/${article.data.translationOf}`,
  );
  for (const group of translations.values()) {
    if (group.length < 2) continue;
    for (const { file, data } of group)
      report.error(file, file.lineOf(['translationOf']), 'translationOf', `"${data.translationOf}" has ${group.length} translations in this edition: ${group.map((other) => other.file.path).join(' and ')}`, 'keep translationOf in one of them');
  }
}

import { formatDateTime } from '../../dates.ts';
import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

/** A pinned related story must exist and not be the story itself; one not out yet is left out, with a warning. */
export function pinnedStoriesExist({ articles, articleFiles, options }: CheckedContent, report: Reporter) {
  const byId = new Map(articles.map((article) => [article.id, article]));
  for (const { id, file, data } of articles)
    data.related.forEach((pinned, index) => {
      const line = file.lineOf(['related', index]);
      const target = byId.get(pinned)?.data;
      if (pinned === id) report.error(file, line, 'related', 'an article cannot pin itself', 'remove its own id from related');
      else if (!articleFiles.has(pinned)) report.error(file, line, 'related', `unknown article "${pinned}"`, 'use the file name of an existing story, without .md');
      else if (target?.draft) report.warning(file, line, 'related', `"${pinned}" is a draft and is left out until it is published`);
      else if (target && target.publishedAt > options.now)
        report.warning(file, line, 'related', `"${pinned}" is under embargo and is left out until a build after ${formatDateTime(target.publishedAt, options.timeZone)}`);
    });
}

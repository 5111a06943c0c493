import { placeholderBody, placeholderDek } from '../../new-story.ts';
import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

/** A story made by npm run new may be published only once its stand-in text is replaced. */
export function templateTextIsReplaced({ articles }: CheckedContent, report: Reporter) {
  for (const { file, data } of articles) {
    if (data.draft) continue;
    if (data.description === placeholderDek)
      report.error(file, file.lineOf(['description']), 'description', `is still the template's "${placeholderDek}"`, 'write the dek: one or two sentences that sum up the story');
    const at = file.body.indexOf(placeholderBody);
    if (at >= 0)
      report.error(file, file.bodyLine + file.body.slice(0, at).split('\n').length - 1, 'body', `still has the template's "${placeholderBody}"`, 'replace it with the story');
  }
}

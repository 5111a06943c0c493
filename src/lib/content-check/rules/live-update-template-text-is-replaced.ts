import { placeholderUpdateBody } from '../../live/new-update.ts';
import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

/** An update made by `npm run new -- --update` is published by the next build, so its stand-in text must go first. */
export function liveUpdateTemplateTextIsReplaced({ updates }: CheckedContent, report: Reporter) {
  for (const { file } of updates) {
    const at = file.body.indexOf(placeholderUpdateBody);
    if (at >= 0) report.error(file, file.bodyLine + file.body.slice(0, at).split('\n').length - 1, 'body', "still has the template's stand-in text", 'replace it with the update');
  }
}

/**
 * `npm run check`: validates the whole content tree (or CONTENT_DIR) without
 * building, prints every problem and the upcoming embargoes, and exits 1 on
 * any error (warnings and embargoes leave the exit code at 0).
 */
import { checkMemo, runContentCheck } from '../src/integrations/check-content-before-build.ts';
import { contentRoot } from '../src/lib/content-root.ts';
import { formatEmbargoes } from '../src/lib/content-check/format-embargoes.ts';
import { formatProblems } from '../src/lib/content-check/format-problems.ts';
import { site } from '../src/site.config.ts';

const { problems, articlesRead, embargoes } = runContentCheck(contentRoot, new Date(), checkMemo());
console.log(formatProblems(problems));
console.log(`${articlesRead} articles checked`);
if (embargoes.length > 0) console.log(formatEmbargoes(embargoes, site.timeZone));
process.exitCode = problems.some((problem) => problem.severity === 'error') ? 1 : 0;

/**
 * `npm run check`: validates the whole content tree (or CONTENT_DIR) without
 * building, prints every problem, and exits 1 on any error.
 */
import { runContentCheck } from '../src/integrations/content-check.ts';
import { formatProblems } from '../src/lib/content-check.ts';

const { problems, articles } = runContentCheck();
console.log(formatProblems(problems));
console.log(`${articles.length} articles checked`);
process.exitCode = problems.some((problem) => problem.severity === 'error') ? 1 : 0;

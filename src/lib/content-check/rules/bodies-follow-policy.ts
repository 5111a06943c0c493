/**
 * Check rule: a body or bio holds only what the body policy publishes
 * (src/lib/body-policy.ts). Every element, attribute or URL the build's
 * sanitiser would remove is an error at its line, never silently dropped; an
 * HTML comment is a warning, so the editor learns it is a note readers never see.
 * The violations are found with each body's one parse (checked-content.ts).
 */
import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

export function bodiesFollowPolicy({ policyViolations }: CheckedContent, report: Reporter) {
  for (const [file, violations] of policyViolations)
    for (const { line, what, severity, hint } of violations)
      report[severity](file, file.bodyLine + line - 1, 'body', severity === 'error' ? `${what} is not allowed` : `${what} is not published`, hint);
}

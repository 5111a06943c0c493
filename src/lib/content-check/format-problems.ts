import type { Problem } from './problems.ts';

/** The check's report: `path:line  field  message  (hint)` per problem, warnings marked, then the count. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map(
    (p) => `${p.severity === 'warning' ? 'warning ' : ''}${p.file}:${p.line}  ${p.field}  ${p.message}${p.hint ? `  (${p.hint})` : ''}`,
  );
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  lines.push(`${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  return lines.join('\n');
}

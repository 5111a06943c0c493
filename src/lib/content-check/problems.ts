/**
 * The check's one reporter: every rule reports through it, and the check
 * hands back what it collected, ordered by file, line and field (problems at
 * the same place keep the order they were reported in).
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  file: string;
  line: number;
  field: string;
  message: string;
  hint?: string;
}

/** Where a problem is: a content file, or a path the check names (a missing sections.yaml). */
export interface ProblemFile {
  path: string;
}

export interface Reporter {
  error(file: ProblemFile, line: number, field: string, message: string, hint?: string): void;
  warning(file: ProblemFile, line: number, field: string, message: string, hint?: string): void;
}

export function problemCollector(): { report: Reporter; problems: () => Problem[] } {
  const problems: Problem[] = [];
  const add = (severity: Severity) => (file: ProblemFile, line: number, field: string, message: string, hint?: string) => {
    problems.push({ severity, file: file.path, line, field, message, hint });
  };
  return {
    report: { error: add('error'), warning: add('warning') },
    problems: () => problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field)),
  };
}

/**
 * One schema issue as the editor reads it: the field and its line, what is
 * wrong in plain words, and what to write instead.
 */
import type * as z from 'zod/v4';
import type { SourceFile } from '../content-tree.ts';
import { closestName } from './closest-name.ts';
import type { Reporter } from './problems.ts';

export function reportSchemaIssue(issue: z.core.$ZodIssue, data: unknown, file: SourceFile, report: Reporter, examples: Record<string, string>) {
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) {
      const path = [...issue.path, key];
      const known = Object.keys(examples).filter((name) => !name.includes('.'));
      const suggestion = closestName(key, known);
      report.error(file, file.lineOf(path), fieldName(path), 'is not a known field',
        suggestion ? `did you mean "${suggestion}"?` : 'remove it; the README lists every field');
    }
    return;
  }
  const field = fieldName(issue.path);
  const line = file.lineOf(issue.path);
  const hint = examples[field.replace(/\.\d+(?=\.|$)/g, '')] ?? examples[String(issue.path.at(-1))];
  const value = valueAt(data, issue.path);
  if (value === undefined && issue.code === 'invalid_type') {
    report.error(file, line, field, 'is required', hint && `add ${hint}`);
  } else if (issue.code === 'invalid_type') {
    report.error(file, line, field, `must be ${withArticle(issue.expected)}, not ${describe(value)}`, typeFix(String(issue.path.at(-1)), issue.expected, value) ?? hint);
  } else {
    report.error(file, line, field, issue.message.replace(/^Invalid input: /, ''), hint);
  }
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.filter((key) => typeof key !== 'number' || path.length > 1).map(String).join('.') || 'front matter';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function withArticle(type: string): string {
  return type === 'array' ? 'a list' : type === 'object' ? 'a group of fields' : /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** The fix for a value of the wrong type when what the editor meant is clear: "no" for false, a single id for a list of one. */
function typeFix(name: string, expected: string, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (expected === 'boolean' && /^(no|n|off|false)$/i.test(value.trim())) return `write ${name}: false, without quotes`;
  if (expected === 'boolean' && /^(yes|y|on|true)$/i.test(value.trim())) return `write ${name}: true, without quotes`;
  if (expected === 'array') return `write ${name}: [${value}]`;
  return undefined;
}

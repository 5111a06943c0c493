/**
 * The field rules: each file (or item of sections.yaml) parsed with its
 * collection's schema from src/content.config.ts, every issue reported.
 * The schemas' `image()` is a check that the file beside the one being parsed
 * is a real image, in place of Astro's image-metadata schema.
 */
import { dirname, resolve } from 'node:path';
import * as z from 'zod/v4';
import type { SourceFile } from '../content-tree.ts';
import { imageFileProblem } from './image-file-problem.ts';
import type { Reporter } from './problems.ts';
import { reportSchemaIssue } from './schema-issue.ts';

export interface SchemaParser {
  /** The `image()` to build the schemas with. */
  image: () => z.ZodType;
  /** A value of `file` (its front matter, or one item of a list file), or undefined after reporting why not. */
  parse<S extends z.ZodType>(schema: S, file: SourceFile, data: unknown, examples: Record<string, string>): z.output<S> | undefined;
  /** A file's front matter, or undefined after reporting why not: a YAML syntax error first of all. */
  parseFile<S extends z.ZodType>(schema: S, file: SourceFile, examples: Record<string, string>): z.output<S> | undefined;
}

/** `image()` accepts files inside `contentRoot` of at most `maxImagePixels`. */
export function schemaParser(report: Reporter, { contentRoot, maxImagePixels }: { contentRoot: string; maxImagePixels: number }): SchemaParser {
  let current: SourceFile | undefined;
  const image = () =>
    z.string().superRefine((src, context) => {
      const problem = imageFileProblem(resolve(dirname(current!.absolutePath), src), contentRoot, maxImagePixels);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    });
  const parse = <S extends z.ZodType>(schema: S, file: SourceFile, data: unknown, examples: Record<string, string>): z.output<S> | undefined => {
    current = file;
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    for (const issue of result.error.issues) reportSchemaIssue(issue, data, file, report, examples);
    return undefined;
  };
  const parseFile = <S extends z.ZodType>(schema: S, file: SourceFile, examples: Record<string, string>): z.output<S> | undefined => {
    if (file.syntaxError) {
      report.error(file, file.syntaxError.line, 'front matter', `is not valid YAML: ${file.syntaxError.message}`,
        'check indentation, and quote values that contain ": " or start with a special character');
      return undefined;
    }
    return parse(schema, file, file.data, examples);
  };
  return { image, parse, parseFile };
}

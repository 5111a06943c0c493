/**
 * remark plugin: parses with Sätteri instead of micromark, into the same tree
 * (see src/lib/markdown-ast.ts).
 *
 * Use it after remark-parse: the last parser set wins.
 */
import type { Processor } from 'unified';
import { markdownAst } from '../lib/markdown-ast.ts';

export default function remarkSatteriParse(this: Processor): void {
  this.parser = (document) => markdownAst(document);
}

/**
 * Check rule: a body or bio holds only what the body policy publishes
 * (src/lib/body-policy.ts). Every element, attribute or URL the build's
 * sanitiser would remove is an error at its line, never silently dropped; an
 * HTML comment is a warning, so the editor learns it is a note readers never see.
 */
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { toHast } from 'mdast-util-to-hast';
import { VFile } from 'vfile';
import { parseMarkdown } from '../../markdown/remark-satteri-parse.ts';
import { policyViolations } from '../body-policy.ts';
import type { SourceFile } from '../content-tree.ts';
import type { Problem } from '../content-check.ts';

export function bodyPolicyProblems(file: SourceFile, embedHosts: readonly string[]): Problem[] {
  // Raw HTML is parsed as the build parses it, with each node's line in the body.
  const tree = raw(toHast(parseMarkdown(file.body), { allowDangerousHtml: true }) as Root, { file: new VFile(file.body) }) as Root;
  return policyViolations(tree, embedHosts).map(({ line, what, severity, hint }) => ({
    severity,
    file: file.path,
    line: file.bodyLine + line - 1,
    field: 'body',
    message: severity === 'error' ? `${what} is not allowed` : `${what} is not published`,
    hint,
  }));
}

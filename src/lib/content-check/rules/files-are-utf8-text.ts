/**
 * Check rule: every content file is UTF-8 text without control characters.
 *
 * A file in another encoding would be published with replacement characters;
 * a control character (a vertical tab from Word's Shift+Enter, BEL, ESC, NUL,
 * U+FFFE) makes feeds and sitemaps ill-formed XML, breaks share cards, and a
 * NUL stops Astro's YAML parser. The check reads the bytes itself, before any
 * parser sees them.
 */
import { readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { relative } from 'node:path';
import type { CheckedContent } from '../checked-content.ts';
import type { Problem, Reporter } from '../problems.ts';

/** C0 and C1 controls but tab, newline and the carriage return of a CRLF line end; DEL; the noncharacters U+FFFE and U+FFFF. */
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|\r(?!\n)/u;

const names: Record<number, string> = {
  0x00: 'NUL', 0x07: 'BEL', 0x08: 'backspace', 0x0b: 'vertical tab', 0x0c: 'form feed', 0x0d: 'carriage return', 0x1b: 'ESC', 0x7f: 'DEL', 0xfffe: 'noncharacter', 0xffff: 'noncharacter',
};

/** Every content file: sections.yaml, the bios, the stories and their live updates. */
export function filesAreUtf8Text({ tree }: CheckedContent, report: Reporter) {
  for (const file of [...(tree.sections ? [tree.sections] : []), ...tree.authors, ...tree.articles, ...tree.updates])
    for (const { severity, file: path, line, field, message, hint } of fileEncodingProblems(file.absolutePath)) report[severity]({ path }, line, field, message, hint);
}

function fileEncodingProblems(absolutePath: string): Problem[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolutePath);
  } catch {
    return [];
  }
  const file = relative(process.cwd(), absolutePath) || absolutePath;
  if (!isUtf8(bytes)) {
    // A newline byte never occurs inside a UTF-8 sequence, so line by line finds the first bad byte's line.
    let line = 1;
    let start = 0;
    for (let end = bytes.indexOf(0x0a); ; end = bytes.indexOf(0x0a, start)) {
      if (!isUtf8(bytes.subarray(start, end < 0 ? bytes.length : end)) || end < 0) break;
      start = end + 1;
      line++;
    }
    return [{ severity: 'error', file, line, field: 'file', message: 'is not UTF-8 text (the first byte that is not is on this line)', hint: 'save the file as UTF-8 in your editor' }];
  }
  const problems: Problem[] = [];
  const lines = bytes.toString('utf8').split('\n');
  const hasFrontMatter = /^\uFEFF?---\s*$/.test(lines[0] ?? '');
  let parent = '';
  let field = hasFrontMatter ? 'front matter' : 'file';
  lines.forEach((text, index) => {
    const line = index + 1;
    if (field !== 'body') {
      // The line's field: a top-level key, or a key under one (image.alt); the body starts after the closing ---.
      const key = /^(\s*-?\s*)([A-Za-z_][\w-]*)\s*:/.exec(text);
      if (hasFrontMatter && index > 0 && /^---\s*$/.test(text)) field = 'body';
      else if (key && !key[1]) field = parent = key[2]!;
      else if (key) field = parent ? `${parent}.${key[2]}` : key[2]!;
    }
    const found = controlCharacter.exec(text);
    if (!found) return;
    const code = found[0].codePointAt(0)!;
    const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}${names[code] ? ` ${names[code]}` : ''}`;
    problems.push({
      severity: 'error',
      file,
      line,
      field,
      message: `has a control character (${name}) at column ${found.index + 1}`,
      hint: code === 0x0b ? 'a line break pasted from Word (Shift+Enter): delete it, or start a new line' : 'delete it; it is invisible in most editors, so retype the words around it',
    });
  });
  return problems;
}

/**
 * Reads a content tree (`content/` or any `CONTENT_DIR`) as the editor wrote it,
 * keeping line numbers so every problem can point at its line. YAML is read
 * with the YAML 1.2 core schema: dates stay the strings the editor typed, so
 * a missing offset or a 13th month is seen rather than silently converted.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { forgetful, type Remember } from './file-memo.ts';
import { editionFolders } from './edition-folders.ts';
import { updateFolders } from './live/update-folders.ts';

export interface SourceFile {
  /** Path relative to the working directory, as editors and CI logs show it. */
  path: string;
  /** Absolute path, for resolving images beside the file. */
  absolutePath: string;
  /** A digest of the file's text, under which the check remembers what it derived from it (file-memo.ts). */
  digest: string;
  data: unknown;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** 1-based line of a value (or of the nearest enclosing value that exists). */
  lineOf(path: readonly PropertyKey[]): number;
  /** A YAML syntax error, with its line; `data` is then empty. */
  syntaxError?: { line: number; message: string };
}

/** An edition's own files besides its stories: `content/<folder>/sections.yaml`. */
export interface EditionTree {
  /** The folder below the root (`ru`). */
  folder: string;
  sections: SourceFile | undefined;
}

export interface ContentTree {
  root: string;
  /** Every edition's stories: the default edition's (`articles/`) first, then each edition folder's (`<folder>/articles/`). */
  articles: SourceFile[];
  /** Live updates: the Markdown files in a folder named after a story beside it. */
  updates: SourceFile[];
  authors: SourceFile[];
  sections: SourceFile | undefined;
  /** The editions beside the default one (src/lib/edition-folders.ts). */
  editions: EditionTree[];
  /** Files that look like stories or bios but that the build would skip, with the reason. */
  unread: UnreadFile[];
}

export interface UnreadFile {
  path: string;
  reason: string;
  hint: string;
}

const frontMatterPattern = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Reads the tree; `remember` keeps each file's parsed front matter by its digest between checks. */
export function readContentTree(root: string, remember: Remember = forgetful): ContentTree {
  const articlesDir = join(root, 'articles');
  const folders = new Set(updateFolders(articlesDir).map((folder) => join(articlesDir, folder)));
  const isUpdate = (file: string) => folders.has(dirname(file));
  const articleFiles = markdownFiles(articlesDir, true);
  const editions = editionFolders(root);
  // Live coverage is the default edition's: an edition's update folders are skipped, as the build skips them.
  const editionArticles = editions.flatMap((folder) => {
    const dir = join(root, folder, 'articles');
    const updates = new Set(updateFolders(dir).map((update) => join(dir, update)));
    return markdownFiles(dir, true).filter((file) => !updates.has(dirname(file)));
  });
  return {
    root,
    articles: [...articleFiles.filter((file) => !isUpdate(file)), ...editionArticles].map((file) => readMarkdownFile(file, remember)),
    updates: articleFiles.filter(isUpdate).map((file) => readMarkdownFile(file, remember)),
    authors: markdownFiles(join(root, 'authors'), false).map((file) => readMarkdownFile(file, remember)),
    sections: readOptional(join(root, 'sections.yaml'), (text, path) => parseYamlFile(text, path, remember)),
    editions: editions.map((folder) => ({ folder, sections: readOptional(join(root, folder, 'sections.yaml'), (text, path) => parseYamlFile(text, path, remember)) })),
    unread: [
      ...unreadFiles(join(root, 'articles'), true),
      ...unreadFiles(join(root, 'authors'), false),
      ...editions.flatMap((folder) => unreadFiles(join(root, folder, 'articles'), true)),
    ],
  };
}


// Astro's glob loader reads `*.md` only, and skips hidden files and folders.
const markdownLike = /\.(?:md|markdown|mdx|mdown|mkd)$/i;
/** A story a text editor saved as plain text: "story.md.txt", "story.txt". */
const savedAsText = /(?:\.md)?\.txt$/i;
const hidden = /(?:^|[\\/])\./;

function filesBelow(dir: string, recursive: boolean): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true, recursive })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
      .sort();
  } catch {
    return [];
  }
}

function markdownFiles(dir: string, recursive: boolean): string[] {
  return filesBelow(dir, recursive)
    .filter((file) => file.endsWith('.md') && !hidden.test(file))
    .map((file) => join(dir, file));
}

function unreadFiles(dir: string, recursive: boolean): UnreadFile[] {
  return filesBelow(dir, recursive).flatMap((file) => {
    if (!markdownLike.test(file) && !savedAsText.test(file)) return [];
    const path = relative(process.cwd(), join(dir, file));
    if (hidden.test(file))
      return [{ path, reason: 'is hidden (its name or a folder starts with ".") and the build skips it', hint: 'remove the leading dot' }];
    if (!file.endsWith('.md'))
      return [{ path, reason: 'is not read: stories and bios must end in .md', hint: `rename it to ${file.replace(/^.*[\\/]/, '').replace(savedAsText, '.md').replace(markdownLike, '.md')}` }];
    return [];
  });
}

function readOptional(path: string, parse: (text: string, path: string) => SourceFile): SourceFile | undefined {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  return parse(text, path);
}

export function readMarkdownFile(absolutePath: string, remember: Remember = forgetful): SourceFile {
  return parseMarkdown(readFileSync(absolutePath, 'utf8'), absolutePath, remember);
}

const digestOf = (text: string) => createHash('sha256').update(text).digest('base64');

export function parseMarkdown(text: string, absolutePath: string, remember: Remember = forgetful): SourceFile {
  const digest = digestOf(text);
  const match = frontMatterPattern.exec(text);
  if (!match) return sourceFile({ absolutePath, digest, yamlText: '', lineOffset: 0, body: text, bodyLine: 1 }, remember);
  const yamlText = match[1] ?? '';
  const body = text.slice(match[0].length);
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  // The front matter starts on line 2, after the opening `---`.
  return sourceFile({ absolutePath, digest, yamlText, lineOffset: 1, body, bodyLine }, remember);
}

/** A YAML file such as sections.yaml: all front matter, no body. */
const parseYamlFile = (text: string, absolutePath: string, remember: Remember): SourceFile =>
  sourceFile({ absolutePath, digest: digestOf(text), yamlText: text, lineOffset: 0, body: '', bodyLine: 1 }, remember);

/** A file's parts: its YAML, which starts `lineOffset` lines into the file, and its body, from line `bodyLine`. */
interface FileParts {
  absolutePath: string;
  digest: string;
  yamlText: string;
  lineOffset: number;
  body: string;
  bodyLine: number;
}

function sourceFile({ absolutePath, digest, yamlText, lineOffset, body, bodyLine }: FileParts, remember: Remember): SourceFile {
  const { data, syntaxError } = remember(`YAML from line ${lineOffset + 1}`, digest, () => frontMatter(yamlText, lineOffset));
  return {
    path: relative(process.cwd(), absolutePath) || absolutePath,
    absolutePath,
    digest,
    data,
    body,
    bodyLine,
    // Parsed again when a problem asks: keeping every file's parsed document for the rare problem
    // filled the heap of a large archive's check.
    lineOf: (path) => {
      const again = parsedYaml(yamlText);
      return again.lineCounter.linePos(offsetOf(again.document, path)).line + lineOffset;
    },
    ...(syntaxError && { syntaxError }),
  };
}

/** The front matter's values, or its first syntax error with its line in the file. */
function frontMatter(yamlText: string, lineOffset: number): Pick<SourceFile, 'data' | 'syntaxError'> {
  const { document, lineCounter } = parsedYaml(yamlText);
  const error = document.errors[0];
  if (error) return { data: {}, syntaxError: { line: lineCounter.linePos(error.pos[0]).line + lineOffset, message: error.message.split('\n')[0]! } };
  return { data: document.toJS() ?? {} };
}

function parsedYaml(yamlText: string) {
  const lineCounter = new LineCounter();
  return { document: parseDocument(yamlText, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true }), lineCounter };
}

/** Start offset of the deepest node on `path` that exists; key positions are used for map entries. */
function offsetOf(document: Document, path: readonly PropertyKey[]): number {
  let node: unknown = document.contents;
  let offset = (node as YamlNode | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      offset = (pair.key as YamlNode).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as YamlNode | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

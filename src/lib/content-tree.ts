/**
 * Reads a content tree (`content/` or any `CONTENT_DIR`) as the editor wrote it,
 * keeping line numbers so every problem can point at its line. YAML is read
 * with the YAML 1.2 core schema: dates stay the strings the editor typed, so
 * a missing offset or a 13th month is seen rather than silently converted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { editionFolders } from './edition-folders.ts';
import { updateFolders } from './live/update-folders.ts';

export interface SourceFile {
  /** Path relative to the working directory, as editors and CI logs show it. */
  path: string;
  /** Absolute path, for resolving images beside the file. */
  absolutePath: string;
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

export function readContentTree(root: string): ContentTree {
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
    articles: [...articleFiles.filter((file) => !isUpdate(file)), ...editionArticles].map(readMarkdownFile),
    updates: articleFiles.filter(isUpdate).map(readMarkdownFile),
    authors: markdownFiles(join(root, 'authors'), false).map(readMarkdownFile),
    sections: readOptional(join(root, 'sections.yaml'), (text, path) => parseYaml(text, path, 0, '', 1)),
    editions: editions.map((folder) => ({ folder, sections: readOptional(join(root, folder, 'sections.yaml'), (text, path) => parseYaml(text, path, 0, '', 1)) })),
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

export function readMarkdownFile(absolutePath: string): SourceFile {
  return parseMarkdown(readFileSync(absolutePath, 'utf8'), absolutePath);
}

export function parseMarkdown(text: string, absolutePath: string): SourceFile {
  const match = frontMatterPattern.exec(text);
  if (!match) return parseYaml('', absolutePath, 0, text, 1);
  const yamlText = match[1] ?? '';
  const body = text.slice(match[0].length);
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  // The front matter starts on line 2, after the opening `---`.
  return parseYaml(yamlText, absolutePath, 1, body, bodyLine);
}

function parseYaml(yamlText: string, absolutePath: string, lineOffset: number, body: string, bodyLine: number): SourceFile {
  const { document, lineCounter } = parsedYaml(yamlText);
  const file: SourceFile = {
    path: relative(process.cwd(), absolutePath) || absolutePath,
    absolutePath,
    data: {},
    body,
    bodyLine,
    // Parsed again when a problem asks: keeping every file's parsed document for the rare problem
    // filled the heap of a large archive's check.
    lineOf: (path) => {
      const again = parsedYaml(yamlText);
      return again.lineCounter.linePos(offsetOf(again.document, path)).line + lineOffset;
    },
  };
  const error = document.errors[0];
  if (error) {
    file.syntaxError = { line: lineCounter.linePos(error.pos[0]).line + lineOffset, message: error.message.split('\n')[0]! };
    return file;
  }
  file.data = document.toJS() ?? {};
  return file;
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

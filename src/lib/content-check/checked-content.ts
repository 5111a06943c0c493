/**
 * The content as the rules see it: every file read and parsed with its
 * collection's schema (the field rules), and what the cross-file rules need
 * from the whole tree, computed once.
 */
import { basename, dirname } from 'node:path';
import type { ArticleData, UpdateData } from '../../content.config.ts';
import { policyViolations, type PolicyViolation } from '../body-policy.ts';
import { bodyReferences, type BodyImage, type InternalLink } from '../body-references.ts';
import type { ContentTree, SourceFile } from '../content-tree.ts';
import { forgetful, type Remember } from '../file-memo.ts';
import { editionFolderOf, inEdition } from '../editions.ts';
import { idFromFileName } from '../id-from-file-name.ts';
import { idPattern } from '../id-pattern.ts';
import { updateId } from '../live/update-id.ts';
import { markdownAst } from '../markdown-ast.ts';
import { bodyPolicyHtml } from './body-policy-html.ts';
import type { CheckOptions, ContentSchemas } from './check-content.ts';
import { articleExamples, authorExamples, sectionExamples, updateExamples } from './field-examples.ts';
import { glimpse, type Glimpse } from './glimpse.ts';
import type { Reporter } from './problems.ts';
import { schemaParser, type SchemaParser } from './schema-parser.ts';

/** An article that passed its own field rules; `image()` gave the path as written. */
export interface CheckedArticle {
  id: string;
  /** The edition folder it is in: "" for the default edition. */
  edition: string;
  file: SourceFile;
  data: ArticleData<string>;
}

/** A live update that passed its own field rules, with its story's id (the folder's name). */
export interface CheckedUpdate {
  id: string;
  storyId: string;
  file: SourceFile;
  data: UpdateData<string>;
}

export interface CheckedContent {
  tree: ContentTree;
  options: CheckOptions;
  /** The default edition's sections that exist, in file order: one with a mistake of its own still does, for the stories filed under it. */
  sectionIds: Set<string>;
  /** Each edition's sections, by edition folder ("" for the default edition). */
  editionSectionIds: Map<string, Set<string>>;
  /** The edition folder of an article or update file ("" for the default edition). */
  editionOf(file: SourceFile): string;
  /** A site path inside the edition of a folder: `/news/` in `ru` is `/ru/news/` (src/lib/editions.ts). */
  inEditionOf(folder: string, path: string): string;
  /** Every author file's id, in file order: one with a mistake of its own still exists for their stories. */
  authorIds: Set<string>;
  /** Every article that passed its own field rules, drafts included, in file order. */
  articles: CheckedArticle[];
  /** Every live update that passed its own field rules, in file order. */
  updates: CheckedUpdate[];
  /** Every article file by id, those with mistakes included: more than one is a duplicate id. */
  articleFiles: Map<string, SourceFile[]>;
  /** Every article file's glimpse, in file order, read leniently: a story with a mistake still has an address. */
  glimpses: Glimpse[];
  /** Every article and update file's body links and images. */
  references: Map<SourceFile, { links: InternalLink[]; images: BodyImage[] }>;
  /** What the body policy objects to in every bio, article and update, in that order. */
  policyViolations: Map<SourceFile, PolicyViolation[]>;
}

/** `remember` keeps what each body yields by the file's digest between checks. */
export function readCheckedContent(tree: ContentTree, schemas: ContentSchemas, options: CheckOptions, report: Reporter, remember: Remember = forgetful): CheckedContent {
  const parser = schemaParser(report, { contentRoot: tree.root, maxImagePixels: options.maxImagePixels });
  const sectionIds = readSectionIds(tree.sections, `${tree.root}/sections.yaml`, schemas, parser, options, report);
  const editionSectionIds = new Map([
    ['', sectionIds],
    ...(tree.editions ?? []).map(({ folder, sections }) => [folder, readSectionIds(sections, `${tree.root}/${folder}/sections.yaml`, schemas, parser, options, report)] as const),
  ]);
  const editionOf = (file: SourceFile) => editionFolderOf(tree.root, file.absolutePath);
  const authorSchema = schemas.author({ image: parser.image });
  const authorIds = new Set<string>();
  for (const file of tree.authors) {
    const id = idFromFileName(file.absolutePath);
    parser.parseFile(authorSchema, file, authorExamples(id));
    authorIds.add(id);
  }
  const articleSchema = schemas.article({ image: parser.image });
  const articles: CheckedArticle[] = [];
  const articleFiles = new Map<string, SourceFile[]>();
  for (const file of tree.articles) {
    const id = idFromFileName(file.absolutePath);
    articleFiles.set(id, [...(articleFiles.get(id) ?? []), file]);
    const data = parser.parseFile(articleSchema, file, articleExamples) as ArticleData<string> | undefined;
    if (data) articles.push({ id, edition: editionOf(file), file, data });
  }
  const updateSchema = schemas.update?.({ image: parser.image });
  const updates: CheckedUpdate[] = [];
  for (const file of updateSchema ? tree.updates : []) {
    const data = parser.parseFile(updateSchema!, file, updateExamples) as UpdateData<string> | undefined;
    if (data) updates.push({ id: updateId(file.absolutePath), storyId: basename(dirname(file.absolutePath)), file, data });
  }
  const withReferences = new Set([...tree.articles, ...(updateSchema ? tree.updates : [])]);
  const references: CheckedContent['references'] = new Map();
  const violations: CheckedContent['policyViolations'] = new Map();
  for (const file of [...tree.authors, ...tree.articles, ...tree.updates]) {
    const facts = remember('body', file.digest, () => bodyFacts(file.body, options.embedHosts));
    if (withReferences.has(file)) references.set(file, facts.references);
    violations.set(file, facts.violations);
  }
  return {
    tree,
    options,
    sectionIds,
    editionSectionIds,
    editionOf,
    inEditionOf: (folder, path) => inEdition(path, options.editions?.find((edition) => edition.folder === folder) ?? { path: folder ? `/${folder}/` : '/' }),
    authorIds,
    articles,
    updates,
    articleFiles,
    glimpses: tree.articles.map((file) => ({ ...glimpse(file), edition: editionOf(file) })),
    references,
    policyViolations: violations,
  };
}

/** A body's references and what the body policy objects to, from one parse that is not kept. */
function bodyFacts(body: string, embedHosts: readonly string[]) {
  const markdown = markdownAst(body);
  return { references: bodyReferences(markdown), violations: policyViolations(bodyPolicyHtml(markdown, body), embedHosts) };
}

function readSectionIds(file: SourceFile | undefined, path: string, schemas: ContentSchemas, parser: SchemaParser, options: CheckOptions, report: Reporter): Set<string> {
  const sectionIds = new Set<string>();
  if (!file) {
    report.error({ path }, 1, 'sections', 'file is missing', 'create it with a list of sections: - { id: news, title: News, description: "…" }');
    return sectionIds;
  }
  if (!file.syntaxError && !Array.isArray(file.data)) {
    report.error(file, 1, 'sections', 'must be a list of sections', '- { id: news, title: News, description: "…" }');
    return sectionIds;
  }
  const list = file.syntaxError ? [undefined] : (file.data as unknown[]);
  list.forEach((item, index) => {
    const section = file.syntaxError ? parser.parseFile(schemas.section, file, sectionExamples) : parser.parse(schemas.section, itemOf(file, index), item, sectionExamples);
    const rawId = (item as { id?: unknown } | undefined)?.id;
    const sectionId = (section as { id?: string } | undefined)?.id ?? (typeof rawId === 'string' && idPattern.test(rawId) ? rawId : undefined);
    if (!sectionId) return;
    // Reported here, item by item, rather than by a rule after every item is read: sections written
    // on one line keep their problems in item order.
    reportTakenSectionId(file, file.lineOf([index, 'id']), sectionId, sectionIds, options, report);
    sectionIds.add(sectionId);
  });
  return sectionIds;
}

/** A section id must be its own and must not be a folder of the site itself. */
function reportTakenSectionId(file: SourceFile, line: number, id: string, earlierIds: Set<string>, options: CheckOptions, report: Reporter) {
  if (earlierIds.has(id)) report.error(file, line, 'id', `duplicate section id "${id}"`, 'give each section its own id');
  else if (options.reservedSectionIds.includes(id))
    report.error(file, line, 'id', `"${id}" is taken by a page of the site itself`, `choose another id; reserved: ${options.reservedSectionIds.join(', ')}`);
}

/** Line lookups for one item of a YAML list file (sections.yaml). */
function itemOf(file: SourceFile, index: number): SourceFile {
  return { ...file, lineOf: (path) => file.lineOf([index, ...path]) };
}

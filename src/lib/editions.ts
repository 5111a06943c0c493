/**
 * Editions: one newsroom publishing in more than one language, each edition
 * with its own masthead, sections, stories and pages. The default edition is
 * served at the site's root from `content/`; every other below its own path
 * (`/ru/`) from `content/<id>/`.
 */
import { relative, sep } from 'node:path';

/** One edition as the site settings list it (src/site.config.ts). */
export interface EditionSettings {
  /** Short and URL-safe: the folder of its content, `content/<id>/` (the default edition's content is `content/` itself). */
  id: string;
  /** BCP 47 language tag: `<html lang>`, feeds, sitemaps, the message catalogue (src/lib/i18n/) and quotes. */
  language: string;
  /** The masthead and publisher name in this edition. */
  name: string;
  description: string;
  /** Where its pages live: `/` for the default edition, `/<segment>/` for any other. */
  path: string;
}

export type Edition = EditionSettings;

/** What is wrong with an edition list, or undefined: the default first at `/`, every other at its own one-segment path. */
export function editionsProblem(editions: readonly EditionSettings[]): string | undefined {
  if (editions.length === 0) return 'list at least one edition';
  if (editions[0]!.path !== '/') return `the first edition ("${editions[0]!.id}") is the default and must have path "/"`;
  const seen = new Set<string>();
  for (const edition of editions) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(edition.id)) return `edition id "${edition.id}" must be lower-case letters, digits and hyphens`;
    if (seen.has(edition.id)) return `two editions have the id "${edition.id}"`;
    seen.add(edition.id);
    if (edition !== editions[0] && !/^\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/.test(edition.path)) return `edition "${edition.id}" needs a path of one segment, such as "/${edition.id}/"`;
  }
  const paths = editions.map((edition) => edition.path);
  if (new Set(paths).size !== paths.length) return 'two editions have the same path';
  return undefined;
}

/** A site path inside an edition: `/news/` in the edition at `/ru/` is `/ru/news/`. */
export const inEdition = (path: string, edition: Pick<Edition, 'path'>): string => (edition.path === '/' ? path : `${edition.path.slice(0, -1)}${path}`);

/** The edition's route parameter (`[...edition]`): none for the default edition, its path's segment for another. */
export const editionParam = (edition: Pick<Edition, 'path'>): string | undefined => (edition.path === '/' ? undefined : edition.path.slice(1, -1));

/** The folder of an edition's content below the content root: the root itself for the default edition. */
export const editionFolder = (edition: Pick<Edition, 'id'>, editions: readonly Pick<Edition, 'id'>[]): string => (edition.id === editions[0]?.id ? '' : edition.id);

/** The edition folder a file of the content tree at `root` belongs to: "" for the default edition's, `ru` for `<root>/ru/articles/…`. */
export function editionFolderOf(root: string, absolutePath: string): string {
  const first = relative(root, absolutePath).split(sep)[0]!;
  return first === 'articles' || first === 'authors' || first === 'sections.yaml' ? '' : first;
}

/** The language of a file of the content tree: its edition's, or the default edition's for a file outside any edition folder. */
export function languageOfFile(root: string, editions: readonly EditionSettings[], absolutePath: string | undefined): string {
  const folder = absolutePath ? editionFolderOf(root, absolutePath) : '';
  return (editions.find((edition) => editionFolder(edition, editions) === folder) ?? editions[0]!).language;
}

/**
 * Check rule: an alias (an old URL, served as a redirect page) must not take
 * the place of a page the site builds: a story's (drafts and embargoed stories
 * included, their pages come), a section, tag or author front or one of its
 * later pages, an archive month, the site's own routes, a file inside a
 * story's folder, or the build's assets and search index. Nor may two stories
 * claim one alias: both files are named.
 */
import { archiveMonthPath } from '../../archive.ts';
import type { SourceFile } from '../../content-tree.ts';
import { zonedDate } from '../../dates.ts';
import { slugify } from '../../slug.ts';
import { articlePath, authorPath, sectionPath, tagPath } from '../../urls.ts';
import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

/** Folders the build fills itself. */
const buildFolders = ['/_astro/', '/pagefind/'];

export function aliasesAreFree({ articles, editionSectionIds, authorIds, options, inEditionOf }: CheckedContent, report: Reporter) {
  const fronts = new Map<string, string>();
  for (const [edition, sectionIds] of editionSectionIds) {
    fronts.set(inEditionOf(edition, '/'), 'the home page');
    for (const id of sectionIds) fronts.set(inEditionOf(edition, sectionPath(id)), `the front of section "${id}"`);
    for (const id of authorIds) fronts.set(inEditionOf(edition, authorPath(id)), `the page of author "${id}"`);
  }
  for (const { data, edition } of articles) for (const tag of data.tags) if (slugify(tag)) fronts.set(inEditionOf(edition, tagPath(tag)), `the page of tag "${tag}"`);
  const pages = new Map<string, string>(fronts);
  for (const edition of editionSectionIds.keys())
    for (const path of options.staticPaths) pages.set(inEditionOf(edition, path), `the site's own page ${inEditionOf(edition, path)}`);
  const storyPaths = new Map<string, SourceFile>();
  for (const { id, file, data, edition } of articles) {
    const path = inEditionOf(edition, articlePath(id, data.publishedAt, options.timeZone));
    storyPaths.set(path, file);
    pages.set(path, `the story in ${file.path}`);
    const { year, month } = zonedDate(data.publishedAt, options.timeZone);
    pages.set(inEditionOf(edition, archiveMonthPath(year, month)), 'an archive month');
  }

  /** What the alias would take the place of, if anything. */
  const takenBy = (alias: string): string | undefined => {
    const taken = pages.get(alias) ?? pages.get(alias.replace(/\/$/, ''));
    if (taken) return taken;
    const laterPage = /^(.*\/)page\/\d+\/$/.exec(alias);
    if (laterPage && fronts.has(laterPage[1]!)) return `a later page of ${fronts.get(laterPage[1]!)}`;
    const buildFolder = buildFolders.find((folder) => alias.startsWith(folder));
    if (buildFolder) return `the build's own folder ${buildFolder}`;
    const story = [...alias.matchAll(/\//g)].map((match) => alias.slice(0, match.index + 1)).find((folder) => folder !== alias && storyPaths.has(folder));
    return story ? `the folder of the story in ${storyPaths.get(story)!.path}` : undefined;
  };

  const claimed = new Map<string, SourceFile>();
  for (const { file, data } of articles)
    data.aliases.forEach((alias, index) => {
      const line = file.lineOf(['aliases', index]);
      const taken = takenBy(alias);
      const earlier = claimed.get(alias);
      if (taken) report.error(file, line, 'aliases', `alias ${alias} is the address of ${taken}`, 'an alias must be an old address no page of the site uses; remove it');
      else if (earlier === file) report.warning(file, line, 'aliases', `alias ${alias} is listed twice`, 'remove the second one');
      else if (earlier) report.error(file, line, 'aliases', `alias ${alias} is also an alias of the story in ${earlier.path}`, `an old address can lead to one story only; remove it from ${file.path} or from ${earlier.path}`);
      else claimed.set(alias, file);
    });
}

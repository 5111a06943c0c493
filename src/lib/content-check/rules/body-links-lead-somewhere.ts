import { basename, dirname } from 'node:path';
import { archiveMonthPath } from '../../archive.ts';
import { formatDateTime, zonedDate } from '../../dates.ts';
import { idFromFileName } from '../../id-from-file-name.ts';
import { statusOf } from '../../newsroom.ts';
import { articlePath, authorPath, sectionPath, tagPath } from '../../urls.ts';
import type { CheckedContent } from '../checked-content.ts';
import type { Glimpse } from '../glimpse.ts';
import type { Reporter } from '../problems.ts';

/**
 * Internal links in bodies must lead to a page the build writes. Stories are read leniently
 * here (glimpses), so a story with a mistake of its own does not also break every link to it.
 */
export function bodyLinksLeadSomewhere({ tree, glimpses, references, editionSectionIds, authorIds, options, inEditionOf }: CheckedContent, report: Reporter) {
  const expectedPath = new Map(
    glimpses.flatMap(({ id, publishedAt, edition = '' }) => (publishedAt ? [[id, inEditionOf(edition, articlePath(id, publishedAt, options.timeZone))] as const] : [])),
  );
  /** The build's own rule (statusOf) for a story at `time`; one without a valid date is on no page. */
  const statusAt = (story: Glimpse, time: Date) => (story.publishedAt ? statusOf({ data: { draft: story.draft, publishedAt: story.publishedAt } }, time) : undefined);
  /** The pages these stories bring: their own, their tags' and their months'. */
  const pagesOf = (stories: Glimpse[]) => [
    ...stories.flatMap((story) => story.tags.map((tag) => inEditionOf(story.edition ?? '', tagPath(tag)))),
    ...stories.flatMap((story) => (expectedPath.has(story.id) ? [expectedPath.get(story.id)!] : [])),
    ...stories.map((story) => {
      const { year, month } = zonedDate(story.publishedAt!, options.timeZone);
      return inEditionOf(story.edition ?? '', archiveMonthPath(year, month));
    }),
  ];
  const pagesNow = new Set<string>([
    ...options.staticPaths,
    ...[...editionSectionIds].flatMap(([edition, sectionIds]) => [
      ...options.staticPaths.map((path) => inEditionOf(edition, path)),
      ...[...sectionIds].map((id) => inEditionOf(edition, sectionPath(id))),
      ...[...authorIds].map((id) => inEditionOf(edition, authorPath(id))),
    ]),
    ...pagesOf(glimpses.filter((story) => statusAt(story, options.now) === 'published')),
  ]);
  const upcoming = glimpses.filter((story) => statusAt(story, options.now) === 'embargoed');
  const glimpseById = new Map(glimpses.map((story) => [story.id, story]));
  for (const [file, { links }] of references) {
    // A live update links from its story's page.
    const source = glimpseById.get(tree.updates.includes(file) ? basename(dirname(file.absolutePath)) : idFromFileName(file.absolutePath))!;
    // A story under embargo links to the site as it will be when it is out: with the pages of the stories out by then, its own tags' included.
    const embargoed = upcoming.includes(source);
    const pagesBy = embargoed ? new Set(pagesOf(upcoming.filter((story) => statusAt(story, source.publishedAt!) === 'published'))) : undefined;
    for (const link of links) {
      const path = link.url.replace(/[?#].*$/, '');
      const normalised = path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
      if (pagesNow.has(normalised) || pagesBy?.has(normalised)) continue;
      const target = glimpseById.get(normalised.split('/').filter(Boolean).at(-1) ?? '');
      // A story without a valid date has no address yet; its own publishedAt error is the one to fix.
      if (target && !target.publishedAt) continue;
      const linksToStory = target !== undefined && normalised === expectedPath.get(target.id);
      const hint = target?.draft
        ? `"${target.id}" is a draft`
        : linksToStory
          ? `"${target.id}" is embargoed until ${formatDateTime(target.publishedAt!, options.timeZone)}; link to it once it is out`
          : target && expectedPath.has(target.id)
            ? `did you mean ${expectedPath.get(target.id)}?`
            : 'link to an existing story, section, tag or author page';
      report.error(file, file.bodyLine + link.line - 1, 'body', `link ${link.url} leads nowhere`, hint);
    }
  }
}

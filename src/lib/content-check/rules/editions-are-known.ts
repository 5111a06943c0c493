import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

/** An edition folder of the tree (`content/<id>/`) belongs to an edition of the settings: otherwise its stories would be published nowhere. */
export function editionsAreKnown({ tree, options }: CheckedContent, report: Reporter) {
  if (!options.editions) return;
  const known = options.editions.map((edition) => edition.folder).filter(Boolean);
  for (const { folder } of tree.editions ?? [])
    if (!known.includes(folder))
      report.error({ path: `${tree.root}/${folder}` }, 1, 'edition', `folder "${folder}" is not an edition of the site`, known.length > 0 ? `editions: ${known.join(', ')}; add "${folder}" to editions in src/site.config.ts or rename the folder` : `add an edition with id "${folder}" to editions in src/site.config.ts`);
}

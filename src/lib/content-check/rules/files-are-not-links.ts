/**
 * Check rule: stories, bios and sections.yaml are real files in the content
 * tree, not symbolic links.
 *
 * The check reads only real files, while Astro's loader would follow a link,
 * wherever it leads: a linked story would be built unchecked. So a link is an
 * error, which stops every build: the check and the build read the same files.
 */
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

export function filesAreNotLinks({ tree: { root } }: CheckedContent, report: Reporter) {
  const links = ['articles', 'authors'].flatMap((folder) => {
    try {
      return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
        .filter((entry) => entry.isSymbolicLink())
        .map((entry) => join(entry.parentPath, entry.name));
    } catch {
      return [];
    }
  });
  const sections = join(root, 'sections.yaml');
  if (lstatSync(sections, { throwIfNoEntry: false })?.isSymbolicLink()) links.push(sections);
  // Linked images are reported where a story uses them (image-file-problem.ts).
  const linked = links.filter((path) => /\.(?:md|ya?ml)$/i.test(path) || statSync(path, { throwIfNoEntry: false })?.isDirectory());
  for (const path of linked.sort())
    report.error({ path: relative(process.cwd(), path) || path }, 1, 'file name', 'is a symbolic link, and the build reads only real files inside the content folder', 'copy the file (or folder) here instead of linking to it');
}

/**
 * Check rule: two different tags never share a page. Spellings of one tag
 * ("Space", "space") share /tags/space/ and only earn a warning elsewhere;
 * different tags whose slugs collide ("C#" and "C-Sharp" both make c-sharp)
 * would merge into one page under one of their names, so that is an error
 * naming both spellings and the files. Each edition has its own tag pages.
 */
import type { SourceFile } from '../../content-tree.ts';
import { sameTag, slugify } from '../../slug.ts';
import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

export function tagsDoNotCollide({ articles }: CheckedContent, report: Reporter) {
  const first = new Map<string, { tag: string; file: SourceFile }>();
  for (const { file, edition, data: { tags } } of articles)
    tags.forEach((tag, index) => {
      const slug = slugify(tag);
      if (!slug) return;
      const key = `${edition}/${slug}`;
      const earlier = first.get(key);
      if (!earlier) return void first.set(key, { tag, file });
      if (sameTag(earlier.tag, tag)) return;
      report.error(file, file.lineOf(['tags', index]), 'tags', `tag "${tag}" would share the page ${edition ? `/${edition}` : ''}/tags/${slug}/ with the different tag "${earlier.tag}" of ${earlier.file.path}`, `spell it as "${earlier.tag}" if it is the same tag, or choose a name that differs in letters`);
    });
}

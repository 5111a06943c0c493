import { tagNames } from '../../newsroom.ts';
import { sameTag, slugify } from '../../slug.ts';
import type { CheckedContent } from '../checked-content.ts';
import type { Reporter } from '../problems.ts';

/** Tags that differ only by case, spacing or punctuation: the hint is the spelling the site shows, in each edition. */
export function tagSpellingsAgree({ articles: all }: CheckedContent, report: Reporter) {
  for (const articles of Map.groupBy(all, (article) => article.edition).values()) editionTagSpellingsAgree(articles, report);
}

function editionTagSpellingsAgree(articles: CheckedContent['articles'], report: Reporter) {
  const spellings = new Map<string, Set<string>>();
  for (const { data } of articles)
    for (const tag of data.tags) {
      const slug = slugify(tag);
      spellings.set(slug, (spellings.get(slug) ?? new Set()).add(tag));
    }
  const shownTags = tagNames(articles);
  for (const { file, data } of articles)
    data.tags.forEach((tag, index) => {
      const slug = slugify(tag);
      const shown = shownTags.get(slug);
      if (shown && spellings.get(slug)!.size > 1 && shown.name !== tag && sameTag(shown.name, tag))
        report.warning(file, file.lineOf(['tags', index]), 'tags', `tag "${tag}" is spelled "${shown.name}" elsewhere`, `write "${shown.name}"`);
    });
}

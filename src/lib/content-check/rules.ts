/**
 * The rules that span files, run after every file has passed or failed its
 * own field rules (checked-content.ts). Adding a rule is a function in rules/
 * and a line here.
 */
import type { CheckedContent } from './checked-content.ts';
import type { Reporter } from './problems.ts';
import { aliasesAreFree } from './rules/aliases-are-free.ts';
import { articleIdsAreUnique } from './rules/article-ids-are-unique.ts';
import { articleIdsAreUrlSafe } from './rules/article-ids-are-url-safe.ts';
import { authorIdsAreUrlSafe } from './rules/author-ids-are-url-safe.ts';
import { authorsAreKnown } from './rules/authors-are-known.ts';
import { authorsHaveStories } from './rules/authors-have-stories.ts';
import { bodiesAreWritten } from './rules/bodies-are-written.ts';
import { bodiesFollowPolicy } from './rules/bodies-follow-policy.ts';
import { bodyImagesAreUsable } from './rules/body-images-are-usable.ts';
import { bodyLinksLeadSomewhere } from './rules/body-links-lead-somewhere.ts';
import { deksFit } from './rules/deks-fit.ts';
import { editionsAreKnown } from './rules/editions-are-known.ts';
import { filesAreNotLinks } from './rules/files-are-not-links.ts';
import { filesAreUtf8Text } from './rules/files-are-utf8-text.ts';
import { headlinesFit } from './rules/headlines-fit.ts';
import { liveCoverageEndsAfterItStarts } from './rules/live-coverage-ends-after-it-starts.ts';
import { liveUpdateAuthorsAreKnown } from './rules/live-update-authors-are-known.ts';
import { liveUpdateTemplateTextIsReplaced } from './rules/live-update-template-text-is-replaced.ts';
import { liveUpdateTimesDiffer } from './rules/live-update-times-differ.ts';
import { liveUpdatesFollowTheirStory } from './rules/live-updates-follow-their-story.ts';
import { liveUpdatesHaveALiveStory } from './rules/live-updates-have-a-live-story.ts';
import { pinnedStoriesExist } from './rules/pinned-stories-exist.ts';
import { renamedStoriesKeepTheirUrls } from './rules/renamed-stories-keep-their-urls.ts';
import { sectionsAreKnown } from './rules/sections-are-known.ts';
import { skippedFilesAreNamed } from './rules/skipped-files-are-named.ts';
import { tagsDoNotCollide } from './rules/tags-do-not-collide.ts';
import { tagSpellingsAgree } from './rules/tag-spellings-agree.ts';
import { tagsHaveLetters } from './rules/tags-have-letters.ts';
import { templateTextIsReplaced } from './rules/template-text-is-replaced.ts';
import { translationsAreOnePerEdition } from './rules/translations-are-one-per-edition.ts';
import { translationsCrossEditions } from './rules/translations-cross-editions.ts';
import { translationsNameAKnownStory } from './rules/translations-name-a-known-story.ts';
import { updatesFollowPublication } from './rules/updates-follow-publication.ts';

export type ContentRule = (content: CheckedContent, report: Reporter) => void;

/** Problems at the same file, line and field are listed in this order. */
export const contentRules: readonly ContentRule[] = [
  filesAreUtf8Text,
  bodiesFollowPolicy,
  filesAreNotLinks,
  authorIdsAreUrlSafe,
  skippedFilesAreNamed,
  articleIdsAreUrlSafe,
  bodiesAreWritten,
  templateTextIsReplaced,
  articleIdsAreUnique,
  editionsAreKnown,
  sectionsAreKnown,
  authorsAreKnown,
  pinnedStoriesExist,
  translationsNameAKnownStory,
  translationsCrossEditions,
  translationsAreOnePerEdition,
  updatesFollowPublication,
  liveUpdatesHaveALiveStory,
  liveUpdatesFollowTheirStory,
  liveUpdateTimesDiffer,
  liveUpdateAuthorsAreKnown,
  liveCoverageEndsAfterItStarts,
  liveUpdateTemplateTextIsReplaced,
  headlinesFit,
  deksFit,
  tagsHaveLetters,
  tagsDoNotCollide,
  tagSpellingsAgree,
  bodyImagesAreUsable,
  bodyLinksLeadSomewhere,
  aliasesAreFree,
  renamedStoriesKeepTheirUrls,
  authorsHaveStories,
];

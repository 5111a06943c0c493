/**
 * Every word the site itself prints, in English: the catalogue every other
 * language follows (its type is this object's, src/lib/i18n/messages.ts).
 * `{name}` marks a value filled in by `fill()`; an object with `other` is a
 * count, worded by `Intl.PluralRules` (`one`, `few`, `many`, `other`…).
 */
export const en = {
  /** The `Intl` locale of dates, numbers, lists and plurals. */
  locale: 'en-GB',
  /** A date and a time of day together: "26 July 2022 at 14:30". */
  dateAndTime: '{date} at {time}',
  /** The visible link to this language's version of a story, written in this language. */
  readIn: 'Read in English',
  /** The link to this language's edition from another edition's masthead, written in this language. */
  editionLink: 'English edition',

  skipLink: 'Skip to content',
  siteNav: 'Site',
  sectionsNav: 'Sections',
  footerNav: 'Site information',
  search: 'Search',
  archive: 'Archive',
  rssFeed: 'RSS feed',
  latestStoriesFeed: '{site}: latest stories',
  latestStoriesJsonFeed: '{site}: latest stories (JSON Feed)',
  darkTheme: 'Dark theme',

  frontHeading: '{site}: latest news',
  topStories: 'Top stories',
  latest: 'Latest',

  /** One author, and several: the sentence in which a byline's names stand. */
  bylineOne: 'By {authors}',
  bylineMany: 'By {authors}',
  published: 'Published',
  updated: 'Updated',
  coverageEnded: 'Coverage ended',
  readingTime: { one: '{count} min read', other: '{count} min read' },
  correctionHeading: 'Correction',
  correctionsHeading: 'Corrections',
  /** Leads a feed item whose story was corrected. */
  correctionLine: 'Correction ({time}): {text}',
  originallyPublishedAt: 'Originally published at',
  printedFrom: 'Printed from {url}',
  tagsNav: 'Tags',
  relatedArticles: 'Related articles',
  translationsNav: 'This story in other languages',

  shareNav: 'Share this story',
  share: 'Share',
  shareBy: 'Share by',
  email: 'Email',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyFailed: 'Copy failed: use the address bar',

  draft: 'Draft',
  embargoed: 'Embargoed',
  live: 'Live',
  keyUpdate: 'Key update',
  keyUpdates: 'Key updates',
  latestUpdates: 'Latest updates',
  updates: 'Updates',
  newUpdatesButton: 'New updates',
  newUpdates: { one: '{count} new update', other: '{count} new updates' },
  firstUpdateSoon: 'The first update will appear here shortly.',
  followUpdatesByRss: 'Follow these updates by RSS',

  pagesNav: 'Pages',
  newerStories: '← Newer stories',
  olderStories: 'Older stories →',
  pageOf: 'Page {page} of {total}',
  pageTitle: '{title}, page {page}',
  pageCrumb: 'Page {page}',
  noStoriesYet: 'No stories yet.',

  tagKicker: 'Tag',
  storiesTagged: 'Stories tagged {tag}, newest first.',
  storiesBy: 'Stories by {author}, newest first.',
  storiesByWithRole: 'Stories by {author}, {role}, newest first.',

  archiveDescription: 'Every story {site} has published, by year and month.',
  archiveMonthTitle: 'Archive: {month}',
  archiveMonthDescription: 'Stories {site} published in {month}, newest first.',
  otherMonths: 'Other months',
  storyCount: { one: '{count} story', other: '{count} stories' },

  notFoundTitle: 'Page not found',
  notFoundDescription: 'The page you asked for is not here.',
  notFoundBefore: 'The story may have moved or never existed. Try the',
  notFoundFrontPage: 'front page',
  notFoundAfter: 'or one of the latest stories:',

  searchDescription: 'Search every story {site} has published. The search runs in your browser.',
  searchWords: 'Words to find',
  section: 'Section',
  allSections: 'All sections',
  year: 'Year',
  allYears: 'All years',
  searchNeedsScriptBefore: 'Search runs in your browser and needs JavaScript. Every story is also listed in the',
  searchNeedsScriptLink: 'archive',
  searching: 'Searching…',
  searchUnavailable: 'Search is not available on this copy of the site.',
  searchNone: 'No stories found for “{query}”.',
  searchFound: { one: '{count} story found for “{query}”.', other: '{count} stories found for “{query}”.' },
  searchFoundBest: { one: '{count} story found for “{query}”, the best {shown} shown.', other: '{count} stories found for “{query}”, the best {shown} shown.' },
};

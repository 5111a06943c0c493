/** What to write instead, per field: the "(hint)" of each message about a field. */
export const articleExamples: Record<string, string> = {
  title: 'title: "Moscow Opens Three New Metro Stations"',
  description: 'description: "One or two sentences that sum up the story."',
  publishedAt: 'publishedAt: 2026-11-20T09:30:00+03:00',
  updatedAt: 'updatedAt: 2026-11-20T14:05:00+03:00',
  section: 'section: news',
  tags: 'tags: [Moscow, Transport]',
  authors: 'authors: [anna-volkova]  (or [] with a credit line for agency copy)',
  credit: 'credit: "AFP contributed reporting."',
  image: 'image: { src: ./photo.jpg, alt: "What the photo shows", credit: "Name / Agency", caption: "…" }',
  'image.src': 'src: ./photo.jpg, a JPEG, PNG, WebP, AVIF or GIF beside the article',
  'image.alt': 'alt: "What the photo shows, for readers who cannot see it"',
  related: 'related: [other-article-id]',
  corrections: 'corrections: [{ at: 2026-11-21T10:00:00+03:00, text: "An earlier version misstated the date." }]',
  'corrections.at': 'at: 2026-11-21T10:00:00+03:00',
  'corrections.text': 'text: "An earlier version of this story misstated the opening date."',
  aliases: 'aliases: [/2022/07/26/russia-to-exit-iss-a78410]',
  draft: 'draft: true',
  sourceUrl: 'sourceUrl: https://example.org/original-story',
  location: 'location: MOSCOW',
  socialImage: 'socialImage: ./share.jpg, a JPEG, PNG, WebP, AVIF or GIF beside the article',
  live: 'live: true',
  liveEndedAt: 'liveEndedAt: 2026-11-21T18:00:00+03:00',
};

export const updateExamples: Record<string, string> = {
  at: 'at: 2026-11-20T09:45:00+03:00',
  title: 'title: "Bridge closed to traffic"',
  authors: 'authors: [anna-volkova]',
  key: 'key: true',
  image: 'image: { src: ./photo.jpg, alt: "What the photo shows" }',
  'image.src': 'src: ./photo.jpg, a JPEG, PNG, WebP, AVIF or GIF beside the update',
  'image.alt': 'alt: "What the photo shows, for readers who cannot see it"',
};

export const sectionExamples: Record<string, string> = {
  id: 'id: news',
  title: 'title: News',
  description: 'description: "Reporting from Moscow and the regions."',
};

/** An author's examples use their own file name: pavel-orlov.md suggests "name: Pavel Orlov". */
export const authorExamples = (id: string): Record<string, string> => ({
  name: `name: ${id.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ')}`,
  role: 'role: Economics correspondent',
  avatar: `avatar: ./${id}.jpg`,
});

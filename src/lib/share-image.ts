/**
 * Which picture a story shares (og:image, twitter:image): its editor's own
 * `socialImage`; else its hero photo, cropped to 1200×630, as news sites
 * share; else, while the story is news (published in the last `cardDays`
 * days), a card drawn with its headline; else its section's card. Drawn cards
 * are the build's slowest output, so an archive draws them only for the
 * month's stories without a photo.
 */
import type { ArticleData } from '../content.config.ts';

/** own: the editor's socialImage; photo: the hero crop; card: the story's drawn card; section: its section's card. */
export type ShareImageKind = 'own' | 'photo' | 'card' | 'section';

const dayMs = 86_400_000;

/** The share image of a story built at `now`: a story older than `cardDays` days loses its drawn card, so it depends on the clock. */
export function shareImageKind(story: Pick<ArticleData<unknown>, 'publishedAt' | 'image' | 'socialImage'>, now: Date, cardDays: number): ShareImageKind {
  if (story.socialImage) return 'own';
  if (story.image) return 'photo';
  return story.publishedAt.getTime() > now.getTime() - cardDays * dayMs ? 'card' : 'section';
}

/**
 * A section's share card: what its front, and its stories without a photo
 * that are older than the drawn-card window (src/lib/share-image.ts), show
 * when shared. One per section, published beside the section's front.
 */
import type { Section } from './newsroom.ts';
import type { CardText } from './social-card.ts';

export const sectionCardPath = (section: Pick<Section, 'path'>): string => `${section.path}card.png`;

/** The section's name over its description, with the site's name at the foot. */
export function sectionCardText(section: Pick<Section, 'title' | 'description'>, siteName: string): CardText {
  return { kicker: section.title, headline: section.description, footer: siteName };
}

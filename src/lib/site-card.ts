/**
 * The site's share card: what pages that picture nothing of their own (the
 * front page, tag and author fronts, search, archive) show when shared.
 */
import type { CardText } from './social-card.ts';

export const siteCardPath = '/card.png';

/** The site's description, with its name at the foot. */
export function siteCardText(site: { name: string; description: string }): CardText {
  return { headline: site.description, footer: site.name };
}

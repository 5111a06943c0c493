/**
 * `node scripts/publication-state.ts`: prints the digest of what a build now
 * would publish (src/lib/publication-state.ts) for the content tree (or
 * CONTENT_DIR). The deploy job skips a scheduled rebuild whose commit and
 * digest it has deployed before.
 */
import { runContentCheck } from '../src/integrations/check-content-before-build.ts';
import { publicationState } from '../src/lib/publication-state.ts';
import { site } from '../src/site.config.ts';

const now = new Date();
const { articles, updates } = runContentCheck(undefined, now);
console.log(publicationState(articles, now, site, updates));

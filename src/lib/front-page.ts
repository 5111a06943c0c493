/**
 * The front page's plan: which story leads, which sit beside it, what the
 * "Latest" column lists and which stories fill each section block, with no
 * story printed twice above the section blocks.
 */

export interface FrontStory {
  id: string;
  section: { id: string };
  image?: unknown;
}

export interface FrontPlan<S, Sec> {
  lead?: S;
  /** The next stories, shown with pictures beside the lead. */
  secondary: S[];
  /** A plain list of the stories after those. */
  latest: S[];
  /** One block per section that has stories not already above, in menu order. */
  sectionBlocks: { section: Sec; stories: S[] }[];
}

export interface FrontOptions {
  /** How many of the newest stories may lead: the newest with a photo among them leads, else the newest. */
  leadWindow: number;
  secondaryCount: number;
  latestCount: number;
  blockSize: number;
}

export const defaultFrontOptions: FrontOptions = { leadWindow: 3, secondaryCount: 4, latestCount: 6, blockSize: 3 };

/** `stories` newest first, as the newsroom model gives them; `sections` in menu order. */
export function planFrontPage<S extends FrontStory, Sec extends { id: string }>(
  stories: readonly S[],
  sections: readonly Sec[],
  options: FrontOptions = defaultFrontOptions,
): FrontPlan<S, Sec> {
  const lead = stories.slice(0, options.leadWindow).find((story) => story.image) ?? stories[0];
  const rest = stories.filter((story) => story !== lead);
  const secondary = rest.slice(0, options.secondaryCount);
  const latest = rest.slice(options.secondaryCount, options.secondaryCount + options.latestCount);
  const above = new Set<S>([...(lead ? [lead] : []), ...secondary, ...latest]);
  const sectionBlocks = sections
    .map((section) => ({
      section,
      stories: stories.filter((story) => story.section.id === section.id && !above.has(story)).slice(0, options.blockSize),
    }))
    .filter((block) => block.stories.length > 0);
  return { lead, secondary, latest, sectionBlocks };
}

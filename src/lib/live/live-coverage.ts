/**
 * A live story's coverage as its page shows it: the updates on the site at
 * the build's clock, newest first, each with its authors resolved and its
 * permalink anchor. An update dated after the clock is under embargo like a
 * story: production leaves it out entirely, previews show it badged.
 */
import type { UpdateData } from '../../content.config.ts';
import { updateAnchor } from './update-anchor.ts';
import { plainText } from './plain-text.ts';

/** An entry of the updates collection; its data's shape is the schema's (src/content.config.ts). */
export interface UpdateInput<Image> {
  /** `<story id>/<file name>`, see update-id.ts. */
  id: string;
  body?: string;
  data: UpdateData<Image>;
}

export interface LiveUpdate<Image, Author> {
  id: string;
  anchor: string;
  at: Date;
  title?: string;
  authors: Author[];
  key: boolean;
  image?: UpdateInput<Image>['data']['image'];
  /** The body as plain text. */
  text: string;
  status: 'published' | 'embargoed';
}

export interface LiveCoverage<Image, Author> {
  startedAt: Date;
  /** Set once coverage ended; until then the story is live. */
  endedAt?: Date;
  /** Newest first; ties by id, so the order never depends on the order files are read in. */
  updates: LiveUpdate<Image, Author>[];
}

export interface LiveCoverageOptions<Author> {
  now: Date;
  includeUnpublished: boolean;
  author: (id: string) => Author;
}

export function liveCoverage<Image, Author>(
  story: { publishedAt: Date; liveEndedAt?: Date },
  updates: readonly UpdateInput<Image>[],
  options: LiveCoverageOptions<Author>,
): LiveCoverage<Image, Author> {
  return {
    startedAt: story.publishedAt,
    endedAt: story.liveEndedAt,
    updates: updates
      .map(({ id, body = '', data }) => ({
        id,
        anchor: updateAnchor(id),
        at: data.at,
        title: data.title,
        authors: data.authors.map(options.author),
        key: data.key,
        image: data.image,
        text: plainText(body),
        status: data.at.getTime() > options.now.getTime() ? ('embargoed' as const) : ('published' as const),
      }))
      .filter((update) => options.includeUnpublished || update.status === 'published')
      .sort((a, b) => b.at.getTime() - a.at.getTime() || a.id.localeCompare(b.id)),
  };
}

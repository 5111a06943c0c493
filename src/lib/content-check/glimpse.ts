import type { SourceFile } from '../content-tree.ts';
import { isoDateTime } from '../dates.ts';
import { idFromFileName } from '../id-from-file-name.ts';

/** What a story's raw front matter says about where it will live, whatever else is wrong with it. */
export interface Glimpse {
  id: string;
  publishedAt?: Date;
  draft: boolean;
  tags: string[];
  authors: string[];
  /** The edition folder ("" for the default edition), set where the tree's root is known. */
  edition?: string;
}

export function glimpse(file: SourceFile): Glimpse {
  const data = (file.data ?? {}) as Record<string, unknown>;
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
  return {
    id: idFromFileName(file.absolutePath),
    publishedAt: typeof data.publishedAt === 'string' ? isoDateTime(data.publishedAt) : undefined,
    draft: data.draft === true,
    tags: strings(data.tags),
    authors: strings(data.authors),
  };
}

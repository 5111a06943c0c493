import { basename } from 'node:path';

/** An id is the file name, so moving a story between folders never changes its URL. */
export const idFromFileName = (path: string) => basename(path).replace(/\.md$/, '');

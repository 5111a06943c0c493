import { resolve } from 'node:path';

/**
 * Where the content tree lives. `CONTENT_DIR` lets tests and benchmarks build
 * their own trees with the same layout as `content/`.
 */
export const contentRoot: string = resolve(process.env.CONTENT_DIR ?? 'content');

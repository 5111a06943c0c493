import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The file the build writes (src/pages/redirects.json.ts): each redirect page's path below the build folder → the story's path. */
export const redirectsFile = 'redirects.json';

/** The redirect pages of the build in `dir` and where each leads; none when the build has no redirects file. */
export async function redirectLocations(dir: string): Promise<Map<string, string>> {
  try {
    return new Map(Object.entries(JSON.parse(await readFile(join(dir, redirectsFile), 'utf8')) as Record<string, string>));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
}

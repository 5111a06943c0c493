import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import pLimit from 'p-limit';
import { cacheControl } from './cache-control.ts';
import { contentType } from './content-type.ts';
import { objectDigest } from './object-digest.ts';
import { objectKind } from './object-kind.ts';
import { redirectLocations } from './redirect-locations.ts';
import type { LocalFile } from './types.ts';

/** Every file of the build in `dir` with its headers (a redirect page's location included) and digest, read a few at a time; in path order. */
export async function localFiles(dir: string, shortCacheSeconds: number): Promise<LocalFile[]> {
  const paths = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
  const redirects = await redirectLocations(dir);
  const limit = pLimit(16);
  return Promise.all(
    paths.map((path) =>
      limit(async () => {
        const bytes = await readFile(join(dir, path));
        const type = contentType(path);
        const cache = cacheControl(objectKind(path), shortCacheSeconds);
        const redirectLocation = redirects.get(path);
        return { path, size: bytes.length, contentType: type, cacheControl: cache, redirectLocation, digest: objectDigest(bytes, type, cache, redirectLocation) };
      }),
    ),
  );
}

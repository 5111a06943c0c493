/** Runs a real build (`astro build`, then the search index) of a content tree into its own output and cache folders. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { siteBuildInto } from '../../scripts/site-build.ts';

export type BuildResult = ReturnType<typeof siteBuildInto>;

/** Builds the content tree `contentDir` into `tests/.builds/<name>/` (scripts/site-build.ts). */
export function siteBuild(name: string, contentDir: string, env: Record<string, string> = {}, { keepOutput = false } = {}): BuildResult {
  return siteBuildInto(name, { CONTENT_DIR: resolve(contentDir), ...env }, { keepOutput });
}

/** Every file below a folder, as paths relative to it with forward slashes. */
export function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1).replaceAll('\\', '/'));
}

/**
 * Internal links of every HTML page that lead to no file in the build:
 * `href`, `src` and `srcset` URLs that are root-relative or on the site's origin.
 */
export function brokenInternalLinks(outDir: string, origin: string): string[] {
  const files = new Set(filesBelow(outDir));
  const broken: string[] = [];
  for (const page of [...files].filter((file) => file.endsWith('.html'))) {
    const html = readFileSync(join(outDir, page), 'utf8');
    const urls = [
      ...[...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((match) => match[1]!),
      ...[...html.matchAll(/\ssrcset="([^"]+)"/g)].flatMap((match) => match[1]!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!)),
    ];
    for (const url of urls) {
      const path = url.startsWith(origin) ? url.slice(origin.length) : url;
      if (!path.startsWith('/') || path.startsWith('//')) continue;
      const clean = decodeURI(path.replace(/[?#].*$/, '').replace(/&amp;/g, '&')).slice(1);
      const target = clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
      if (!files.has(target)) broken.push(`${page} → ${url}`);
    }
  }
  return broken;
}

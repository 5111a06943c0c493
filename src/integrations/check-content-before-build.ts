/**
 * Runs the content check before Astro touches the content: a build with any
 * error stops here, with every problem listed, before a page is written.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { articleSchema, authorSchema, sectionSchema, updateSchema } from '../content.config.ts';
import { checkContent } from '../lib/content-check/check-content.ts';
import { formatEmbargoes } from '../lib/content-check/format-embargoes.ts';
import { formatProblems } from '../lib/content-check/format-problems.ts';
import { storyRenames } from '../lib/content-check/story-renames.ts';
import { cacheDir } from '../lib/build-cache.ts';
import { contentRoot } from '../lib/content-root.ts';
import { readContentTree } from '../lib/content-tree.ts';
import { fileMemo, forgetful, type FileMemo } from '../lib/file-memo.ts';
import { editionFolder, editionParam, editionsProblem } from '../lib/editions.ts';
import { reservedSectionIds, staticPaths } from '../lib/routes.ts';
import { site } from '../site.config.ts';

/**
 * The memo of what the check derived from each file (src/lib/file-memo.ts), in the build cache. It is
 * read only while the code below src/lib/, the lock file and the embed hosts are the ones it was made with.
 */
export function checkMemo(): FileMemo {
  const stamp = createHash('sha256').update(JSON.stringify(site.embedHosts));
  const lib = fileURLToPath(new URL('../lib/', import.meta.url));
  for (const file of readdirSync(lib, { recursive: true, encoding: 'utf8' }).sort())
    if (file.endsWith('.ts')) stamp.update(`\0${file}\0`).update(readFileSync(join(lib, file)));
  try {
    stamp.update(readFileSync('package-lock.json'));
  } catch {
    stamp.update('no lock file');
  }
  return fileMemo(join(cacheDir, 'content-check.v8'), stamp.digest('hex'));
}

/** Checks a content tree as a build starting at `now` would publish it; with a memo, the files unchanged since it was saved are not parsed again. */
export function runContentCheck(root = contentRoot, now = new Date(), memo?: FileMemo) {
  const remember = memo?.remember ?? forgetful;
  const result = checkContent(
    readContentTree(root, remember),
    { article: articleSchema, author: authorSchema, section: sectionSchema, update: updateSchema },
    {
      timeZone: site.timeZone,
      now,
      staticPaths,
      // An edition's path segment is taken, like the site's own routes.
      reservedSectionIds: [...reservedSectionIds, ...site.editions.flatMap((edition) => editionParam(edition) ?? [])],
      headlineLimit: 110,
      dekLimit: 300,
      embedHosts: site.embedHosts,
      maxImagePixels: site.maxImagePixels,
      editions: site.editions.map((edition) => ({ folder: editionFolder(edition, site.editions), path: edition.path, language: edition.language })),
      renames: storyRenames(`${root}/articles`),
    },
    remember,
  );
  memo?.save();
  return result;
}

/**
 * What the sitemap needs of this build's check: each article's and update's id, edition and data. The check's
 * files, parsed YAML and bodies are let go, since the build holds this until its end.
 */
function sitemapFacts({ articles, updates }: ReturnType<typeof runContentCheck>) {
  return {
    articles: articles.map(({ id, edition, data }) => ({ id, edition, data })),
    updates: updates.map(({ id, storyId, data }) => ({ id, storyId, data })),
  };
}

let lastCheck: ReturnType<typeof sitemapFacts> | undefined;

/** The articles this build's check read, so later steps (the sitemap's dates) need not read the tree again. */
export const checkedArticles = () => (lastCheck ??= sitemapFacts(runContentCheck())).articles;

/** The live updates this build's check read, for the sitemap's dates of live stories. */
export const checkedUpdates = () => (lastCheck ??= sitemapFacts(runContentCheck())).updates;

export default function checkContentBeforeBuild(): AstroIntegration {
  return {
    name: 'broadsheet:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const settingsProblem = editionsProblem(site.editions);
        if (settingsProblem) throw new Error(`src/site.config.ts  editions  ${settingsProblem}`);
        const check = runContentCheck(contentRoot, new Date(), checkMemo());
        lastCheck = sitemapFacts(check);
        const { problems, embargoes } = check;
        if (embargoes.length > 0) logger.info(`\n${formatEmbargoes(embargoes, site.timeZone)}`);
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (command === 'build' && problems.some((problem) => problem.severity === 'error')) {
          const failure = new Error(`The content has problems; nothing was built.\n${report}`);
          // The report says where each problem is; a stack trace into this hook would only bury it.
          failure.stack = undefined;
          throw failure;
        }
        logger.warn(`\n${report}`);
      },
    },
  };
}

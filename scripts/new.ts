/**
 * `npm run new -- "Headline of the story" --section news [--author id]… [--id custom-id] [--edition ru]`:
 * writes a draft story, every field explained, to <content>/articles/<yyyy>/<mm>/<id>.md,
 * or for another edition to <content>/<edition>/articles/<yyyy>/<mm>/<id>.md, with that
 * edition's sections. A Cyrillic headline gives a Latin id (GOST 7.79-2000 System B).
 * Refuses to overwrite an existing story and names the valid sections and authors.
 * `npm run new -- --update <live-story-id> ["Title"]` writes an update of a live story, timed now.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/content-root.ts';
import { readContentTree } from '../src/lib/content-tree.ts';
import { planNewUpdate } from '../src/lib/live/new-update.ts';
import { editionFolder } from '../src/lib/editions.ts';
import { planNewStory } from '../src/lib/new-story.ts';
import { site } from '../src/site.config.ts';

const usage = `usage: npm run new -- "Headline of the story" --section <section> [--author <author-id>]… [--id <story-id>] [--edition <edition-id>]
       npm run new -- --update <live-story-id> ["Title of the update"]`;

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { section: { type: 'string' }, author: { type: 'string', multiple: true }, id: { type: 'string' }, update: { type: 'string' }, edition: { type: 'string' } },
  });
} catch (error) {
  fail((error as Error).message);
}
const { positionals, values } = args;
const tree = readContentTree(contentRoot);
const fileId = (path: string) => path.replace(/^.*[\\/]/, '').replace(/\.md$/, '');

/** Writes a new file, never over an existing one, even one that appeared since the tree was read ('wx'). */
function write(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(path, text, { flag: 'wx' });
  } catch (error) {
    fail(`cannot write ${relative(process.cwd(), path)}: ${(error as Error).message}`);
  }
}

if (values.update !== undefined) {
  if (positionals.length > 1) fail('give at most one title, in quotes');
  const update = planNewUpdate(
    { storyId: values.update, title: positionals[0], now: new Date(), timeZone: site.timeZone },
    { stories: new Map(tree.articles.map((file) => [fileId(file.absolutePath), { path: file.path, live: (file.data as { live?: unknown }).live === true }])) },
  );
  if (!update.ok) fail(update.error);
  write(update.path, update.text);
  console.log(`Wrote ${relative(process.cwd(), update.path)}.
Write the update, run \`npm run check\`, and publish it with the next build.`);
  process.exit(0);
}

if (positionals.length !== 1) fail('give exactly one headline, in quotes');

const edition = values.edition === undefined ? site.editions[0]! : site.editions.find((candidate) => candidate.id === values.edition);
if (!edition) fail(`unknown edition "${values.edition}"; use one of: ${site.editions.map((candidate) => candidate.id).join(', ')}`);
const folder = editionFolder(edition, site.editions);
const sectionsFile = folder ? tree.editions.find((candidate) => candidate.folder === folder)?.sections : tree.sections;
const sectionIds = Array.isArray(sectionsFile?.data)
  ? (sectionsFile.data as unknown[]).flatMap((section) => {
      const id = (section as { id?: unknown } | null)?.id;
      return typeof id === 'string' ? [id] : [];
    })
  : [];
if (!values.section) fail(`give a section with --section; use one of: ${sectionIds.join(', ')}`);

const story = planNewStory(
  { headline: positionals[0]!, section: values.section, authors: values.author ?? [], id: values.id, now: new Date(), timeZone: site.timeZone },
  {
    sectionIds,
    authorIds: tree.authors.map((file) => fileId(file.absolutePath)),
    stories: new Map(tree.articles.map((file) => [fileId(file.absolutePath), file.path])),
  },
);
if (!story.ok) fail(story.error);

const path = join(contentRoot, folder, story.path);
write(path, story.text);
console.log(`Wrote ${relative(process.cwd(), path)} (a draft).
Fill in the fields, write the story, then run \`npm run check\`. Set draft: false to publish it.`);

/** Facts about the sample content, read from content/ rather than written down, so the tests follow the content. */
import { runContentCheck } from '../../src/integrations/check-content-before-build.ts';
import { inEdition } from '../../src/lib/editions.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { site } from '../../src/site.config.ts';

const now = new Date();
const check = runContentCheck();
const published = check.articles.filter(({ data }) => !data.draft && data.publishedAt <= now);

/** A live story's published updates, newest first. */
export const sampleUpdates = (storyId: string) =>
  check.updates.filter((update) => update.storyId === storyId && update.data.at <= now).sort((a, b) => b.data.at.getTime() - a.data.at.getTime());

/** The published stories of an edition folder ("" for the default edition), with their paths. */
const editionStories = (folder: string) =>
  published
    .filter(({ edition }) => edition === folder)
    .map(({ id, file, data }) => ({
      id,
      // A live story is one story: its updates' words are on its page.
      body: [file.body, ...sampleUpdates(id).map((update) => update.file.body)].join('\n\n'),
      data,
      path: inEdition(articlePath(id, data.publishedAt, site.timeZone), { path: folder ? `/${folder}/` : '/' }),
    }));

/** The default (English) edition's stories. */
export const sampleStories = editionStories('');

/** The Russian edition's stories, at /ru/. */
export const russianStories = editionStories('ru');

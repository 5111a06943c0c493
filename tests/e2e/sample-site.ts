/** Facts about the sample content, read from content/ rather than written down, so the tests follow the content. */
import { runContentCheck } from '../../src/integrations/check-content-before-build.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { site } from '../../src/site.config.ts';

const now = new Date();
const published = runContentCheck().articles.filter(({ data }) => !data.draft && data.publishedAt <= now);

export const sampleStories = published.map(({ id, file, data }) => ({
  id,
  body: file.body,
  data,
  path: articlePath(id, data.publishedAt, site.timeZone),
}));

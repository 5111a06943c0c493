/**
 * `npm run related -- <article-id>`: why each link under "Related articles"
 * is there. Prints the story's top 10 with every part of its score.
 */
import { runContentCheck } from '../src/integrations/check-content-before-build.ts';
import { relatedDocument, statusOf } from '../src/lib/newsroom.ts';
import { buildRelatedIndex } from '../src/lib/related/index.ts';
import { site } from '../src/site.config.ts';

const id = process.argv[2];
if (!id) {
  console.error('usage: npm run related -- <article-id>');
  process.exit(2);
}

const now = new Date();
const published = runContentCheck().articles.filter((article) => statusOf(article, now) === 'published');
const story = published.find((article) => article.id === id);
if (!story) {
  console.error(`No published article "${id}". Article ids are file names without .md.`);
  process.exit(1);
}

// Related articles stay within an edition, as the build's index does.
const index = buildRelatedIndex(
  published.filter((article) => article.edition === story.edition).map(({ id, file, data }) => relatedDocument({ id, body: file.body, data })),
  site.related,
);
const titles = new Map(published.map((article) => [article.id, article.data.title]));
const rows = index.explain(id, 10);
const number = (value: number) => value.toFixed(3).padStart(7);

console.log(`Related to "${story.data.title}" (${id}); the first ${index.options.count} are shown on the page.\n`);
console.log(`   #   total    text    tags section recency  story`);
rows.forEach((row, position) => {
  const parts = row.pinned ? '  pinned by the editor                  ' : `${number(row.total)} ${number(row.text)} ${number(row.tags)} ${number(row.section)} ${number(row.recency)}`;
  console.log(`${String(position + 1).padStart(4)} ${parts}  ${row.id}: ${titles.get(row.id)}`);
  const why = [row.sharedTerms.length > 0 && `words: ${row.sharedTerms.join(', ')}`, row.sharedTags.length > 0 && `tags: ${row.sharedTags.join(', ')}`].filter(Boolean);
  if (why.length > 0) console.log(`${' '.repeat(46)}${why.join('; ')}`);
});

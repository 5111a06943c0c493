import { expect, test } from '@playwright/test';
import { searchWord } from './pages.ts';
import { sampleStories } from './sample-site.ts';

/** Words of a story's body as readers see them: Markdown links, URLs and markup left out. */
const bodyWords = (body: string) =>
  new Set(
    body
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/https?:\S+/g, ' ')
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length >= 7),
  );

/** A story with a word in its body that no other story uses anywhere, found by reading the content. */
const known = (() => {
  const words = sampleStories.map((story) => ({ story, words: bodyWords(story.body ?? '') }));
  const everywhere = (word: string, except: (typeof words)[number]) =>
    words.some((other) => other !== except && (other.words.has(word) || `${other.story.data.title} ${other.story.data.description}`.toLowerCase().includes(word)));
  for (const entry of [...words].sort((a, b) => a.story.id.localeCompare(b.story.id))) {
    const word = [...entry.words].sort().find((candidate) => !everywhere(candidate, entry));
    if (word) return { story: entry.story, word };
  }
  throw new Error('no story has a word of its own');
})();

test('searching a word from a known story finds it, with headline, dek, date and section, and opens it', async ({ page }) => {
  await page.goto(`/search/`);
  await page.getByLabel('Words to find').fill(known.word);
  const results = page.locator('[data-search-results] > li');
  await expect(results).toHaveCount(1);
  const result = results.first();
  await expect(result.getByRole('heading')).toHaveText(known.story.data.title);
  await expect(result.locator('.story-card__dek')).toHaveText(known.story.data.description);
  await expect(result.locator('time')).toHaveAttribute('datetime', known.story.data.publishedAt.toISOString());
  await expect(result.locator('mark').first()).toHaveText(new RegExp(known.word, 'i'));
  const section = (await result.locator('.kicker').textContent())!.trim();
  await expect(page).toHaveURL(new RegExp(`\\?q=${known.word}`));

  await result.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${known.story.path}$`));
  await expect(page.locator('article h1')).toHaveText(known.story.data.title);
  await expect(page.locator('article .kicker a')).toHaveText(section);
});

test('filters narrow the search by section and year, and a query in the URL runs on load', async ({ page }) => {
  const year = String(known.story.data.publishedAt.getFullYear());
  await page.goto(`/search/?q=${known.word}&year=${year}`);
  await expect(page.getByLabel('Year')).toHaveValue(year);
  await expect(page.locator('[data-search-results] > li')).toHaveCount(1);
  const section = (await page.locator('[data-search-results] .kicker').textContent())!.trim();

  const otherSection = await page
    .getByLabel('Section', { exact: true })
    .locator('option')
    .evaluateAll((options, own) => options.map((option) => (option as HTMLOptionElement).value).find((value) => value && value !== own), section);
  await page.getByLabel('Section', { exact: true }).selectOption(otherSection!);
  await expect(page.locator('[data-search-status]')).toHaveText(/No stories found/);
  await page.getByLabel('Section', { exact: true }).selectOption(section);
  await expect(page.locator('[data-search-results] > li')).toHaveCount(1);
});

test('only articles are in the index', async ({ page }) => {
  await page.goto('/search/');
  // A headline's word also appears on the front page, the story's section front and its archive month: none may be found.
  await page.getByLabel('Words to find').fill(searchWord);
  await expect(page.locator('[data-search-results] a')).not.toHaveCount(0);
  const urls = await page.locator('[data-search-results] a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  for (const url of urls) expect(url).toMatch(/^\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/$/);
});

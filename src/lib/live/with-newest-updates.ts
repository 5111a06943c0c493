/**
 * Stories as the sitemap dates them: a live story was last modified by its
 * newest update on the site at `now` (one under embargo changes nothing yet).
 */
interface Dated {
  id: string;
  data: { updatedAt?: Date; live?: boolean };
}

export function withNewestUpdates<Article extends Dated>(
  articles: readonly Article[],
  updates: readonly { storyId: string; data: { at: Date } }[],
  now: Date,
): Article[] {
  const newest = new Map<string, Date>();
  for (const { storyId, data } of updates) {
    const known = newest.get(storyId);
    if (data.at <= now && (!known || data.at > known)) newest.set(storyId, data.at);
  }
  return articles.map((article) => {
    const update = article.data.live ? newest.get(article.id) : undefined;
    if (!update || (article.data.updatedAt && article.data.updatedAt >= update)) return article;
    return { ...article, data: { ...article.data, updatedAt: update } };
  });
}

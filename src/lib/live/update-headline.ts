/**
 * What an update is called where a headline is required (feed items, JSON-LD):
 * its title, or else its first words, cut at a word boundary.
 */
export function updateHeadline(update: { title?: string; text: string }, limit = 110): string {
  if (update.title) return update.title;
  if (update.text.length <= limit) return update.text;
  const cut = update.text.slice(0, limit - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

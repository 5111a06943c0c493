/**
 * A feed's size limit: one very long story (a 5 MB transcript) would make
 * every feed that carries it as large, and feed readers and aggregators give
 * up on such feeds. Past the limit, the oldest items carry only their dek,
 * newest last, until the feed fits.
 */

/**
 * The feed rendered from `items` (newest first), with the content of the
 * oldest replaced by `shorten(item)` until it is at most `maxBytes` long (or
 * every item is short). Each item's share is estimated from one rendering, and
 * the result rendered again to be sure.
 */
export async function feedWithin<Item>(
  items: readonly Item[],
  maxBytes: number,
  render: (items: readonly Item[]) => Promise<string> | string,
  shorten: (item: Item) => Item,
  itemBytes: (item: Item) => number,
): Promise<string> {
  let current = [...items];
  let text = await render(current);
  let bytes = Buffer.byteLength(text);
  let index = current.length - 1;
  while (bytes > maxBytes && index >= 0) {
    // Shorten the oldest items by estimate, then measure the real feed again.
    let estimate = bytes;
    while (estimate > maxBytes && index >= 0) {
      const short = shorten(current[index]!);
      estimate -= itemBytes(current[index]!) - itemBytes(short);
      current[index--] = short;
    }
    text = await render(current);
    bytes = Buffer.byteLength(text);
  }
  return text;
}

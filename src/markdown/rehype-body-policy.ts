/**
 * rehype plugin: publishes only what the body policy allows (src/lib/body-policy.ts).
 *
 * The content check reports every violation as an error before a build, so in
 * a production build this removes nothing; it is the second line of defence
 * for whatever bypasses the check (`npm run dev`, which only warns). Raw HTML
 * is parsed into the tree here (rehype-raw) so it can be sanitised; comments
 * are dropped; an `<iframe>` from a host outside `embedHosts` is removed, and
 * every remaining one is lazy, sandboxed and sends only the site's origin.
 *
 * Put it first among the rehype plugins: the site's own plugins run after it.
 */
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import type { VFile } from 'vfile';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import { bodySchema, embedProperties, isAllowedEmbed } from '../lib/body-policy.ts';

export interface BodyPolicyOptions {
  /** Hosts whose `<iframe>` embeds are published, e.g. www.youtube-nocookie.com. */
  embedHosts: readonly string[];
}

function hasRaw(tree: Root): boolean {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return EXIT;
  });
  return found;
}

export default function rehypeBodyPolicy({ embedHosts }: BodyPolicyOptions) {
  return (tree: Root, file: VFile): Root => {
    // Most bodies hold no raw HTML: parsing the whole tree again through parse5 would only cost time.
    const parsed = hasRaw(tree) ? (raw(tree, { file }) as Root) : tree;
    visit(parsed, 'element', (node, index, parent) => {
      if (node.tagName !== 'iframe' || isAllowedEmbed(node.properties.src, embedHosts) || !parent || index === undefined) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
    const clean = sanitize(parsed, bodySchema) as Root;
    visit(clean, 'element', (node) => {
      if (node.tagName === 'iframe') node.properties = { ...node.properties, ...embedProperties };
    });
    return clean;
  };
}

/**
 * The body policy: which HTML a story body or an author's bio may publish.
 *
 * It is hast-util-sanitize's `defaultSchema` (GitHub's rules for user content:
 * text formatting, lists, tables, `<details>`, images and links over http(s) or
 * mailto only, no script, style, form, object, event handler or `<base>`/`<meta>`)
 * widened for news copy with figures and captions, and with `<iframe>` embeds
 * from the hosts a site allows. The same schema drives the sanitiser in the
 * build (src/markdown/rehype-body-policy.ts) and the content check's report of
 * what it would remove (`policyViolations`), so the check names exactly what
 * the build would never publish.
 */
import type { Element, Nodes, Properties, Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';

/** What every embed gets whatever the editor wrote: loaded when scrolled to, sandboxed, and told only the site's origin. */
export const embedProperties: Properties = {
  loading: 'lazy',
  // Players need their own scripts and storage; they may open a window (to the video's page), never navigate the story.
  sandbox: ['allow-scripts', 'allow-same-origin', 'allow-popups', 'allow-popups-to-escape-sandbox', 'allow-presentation'],
  // YouTube refuses to play without the embedding origin; nothing more than the origin is sent.
  referrerPolicy: 'strict-origin-when-cross-origin',
};

const [defaultTags, defaultAttributes] = [defaultSchema.tagNames ?? [], defaultSchema.attributes ?? {}];

export const bodySchema: Schema = {
  ...defaultSchema,
  tagNames: [...defaultTags, 'figure', 'figcaption', 'caption', 'colgroup', 'col', 'aside', 'abbr', 'cite', 'mark', 'small', 'u', 'time', 'iframe'],
  attributes: {
    ...defaultAttributes,
    // The related-article box (remark-related-callout.ts) as it comes out of Markdown.
    aside: [['className', 'related-callout'], 'ariaLabel'],
    span: [['className', 'related-callout-label']],
    iframe: ['src', 'allow', 'allowFullScreen', 'frameBorder', 'scrolling', 'ariaLabel', 'loading', 'sandbox', 'referrerPolicy'],
  },
  protocols: { ...defaultSchema.protocols, src: ['http', 'https'] },
  // Removed with what they hold: their text is code or styling, not copy.
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'noembed', 'noframes'],
  // Anchors and footnotes link to plain ids; only `name`, which clobbers document properties, is prefixed.
  clobber: ['name'],
};

/** Whether an embed's address is on one of the allowed hosts, over https. */
export function isAllowedEmbed(src: unknown, embedHosts: readonly string[]): boolean {
  if (typeof src !== 'string') return false;
  try {
    const url = new URL(src);
    return url.protocol === 'https:' && embedHosts.includes(url.hostname);
  } catch {
    return false;
  }
}

/** One thing in a body that the policy does not publish. */
export interface PolicyViolation {
  /** 1-based line within the HTML's source (the body passed to the parser). */
  line: number;
  /** What it is, e.g. `<script>`, `onerror on <img>`, `javascript: URL in <a href>`. */
  what: string;
  severity: 'error' | 'warning';
  hint: string;
}

const urlProperties: Record<string, string> = { href: 'href', src: 'src', cite: 'cite', longDesc: 'longdesc', srcSet: 'srcset' };

/**
 * Everything in a hast tree (raw HTML already parsed into it, positions kept)
 * that the sanitiser would remove or change: elements, attributes, URLs,
 * embeds from other hosts. HTML comments are warnings: they are notes that
 * simply stay out of the page.
 */
export function policyViolations(tree: Root, embedHosts: readonly string[]): PolicyViolation[] {
  const violations: PolicyViolation[] = [];
  const tags = new Set(bodySchema.tagNames);
  // Ancestor rules (an `li` outside a list) are the sanitiser's to mend, not the editor's mistake.
  const loneSchema: Schema = { ...bodySchema, ancestors: {} };
  visit(tree, (node: Nodes) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'comment') {
      violations.push({ line, what: 'an HTML comment', severity: 'warning', hint: 'comments are notes: they are left out of the page and the feeds' });
      return;
    }
    if (node.type !== 'element') return;
    const tag = node.tagName;
    if (!tags.has(tag) || bodySchema.strip!.includes(tag)) {
      violations.push({ line, what: `<${tag}>`, severity: 'error', hint: elementHint(tag) });
      return;
    }
    if (tag === 'iframe' && !isAllowedEmbed(node.properties.src, embedHosts)) {
      violations.push({
        line,
        what: `an embed from ${hostOf(node.properties.src)}`,
        severity: 'error',
        hint: `embeds are allowed from ${embedHosts.join(', ')} over https; another host needs adding to embedHosts in src/site.config.ts`,
      });
    }
    const kept = (sanitize({ type: 'root', children: [{ ...node, children: [] }] }, loneSchema) as Root).children[0] as Element | undefined;
    for (const [key, value] of Object.entries(node.properties)) {
      if (value === undefined || value === null || value === false) continue;
      const after = kept?.properties[key];
      if (same(after, value) || (bodySchema.clobber!.includes(key) && after !== undefined)) continue;
      const attribute = attributeName(key);
      const url = urlProperties[key] && typeof value === 'string' ? value : undefined;
      if (url !== undefined && after === undefined && /^\s*[a-z][a-z0-9+.-]*:/i.test(url)) {
        const scheme = url.trim().split(':')[0]!.toLowerCase();
        violations.push({ line, what: `a ${scheme}: URL in <${tag} ${attribute}>`, severity: 'error', hint: 'link only to http, https or mailto addresses, and show only images beside the story or on http(s)' });
      } else {
        violations.push({ line, what: `the ${attribute} attribute on <${tag}>`, severity: 'error', hint: attributeHint(attribute) });
      }
    }
  });
  return violations;
}

function same(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((item, index) => item === b[index]) : a === b;
}

function hostOf(src: unknown): string {
  try {
    return new URL(String(src)).host || String(src);
  } catch {
    return src === undefined ? 'no address' : String(src);
  }
}

/** The attribute as the editor wrote it: hast's `onError` was `onerror`, `className` was `class`. */
function attributeName(key: string): string {
  const special: Record<string, string> = { className: 'class', htmlFor: 'for', httpEquiv: 'http-equiv', acceptCharset: 'accept-charset' };
  return special[key] ?? (/^(?:aria|data)[A-Z]/.test(key) ? key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`) : key.toLowerCase());
}

function elementHint(tag: string): string {
  if (tag === 'script' || tag === 'noscript') return 'stories cannot run scripts; for a video, chart or post use its <iframe> embed code from an allowed host';
  if (tag === 'style' || tag === 'link') return 'the site\'s own styles apply to every story; remove it';
  if (tag === 'base' || tag === 'meta') return 'it would change the whole page (its links or where it goes); remove it';
  if (tag === 'form' || tag === 'input' || tag === 'button' || tag === 'select' || tag === 'textarea') return 'stories cannot hold forms; link to the form instead';
  if (tag === 'object' || tag === 'embed' || tag === 'applet' || tag === 'frame' || tag === 'frameset') return 'use an <iframe> embed from an allowed host, or a link';
  return 'use Markdown, or HTML for text, lists, tables, figures, details and embeds (the README lists what is allowed)';
}

function attributeHint(attribute: string): string {
  if (attribute.startsWith('on')) return 'event handlers run scripts; remove it';
  if (attribute === 'style' || attribute === 'class') return 'the site\'s own styles apply to every story; remove it';
  return 'remove it; the README lists the attributes each element may have';
}

import { escapeXml } from './feed.ts';

export interface RedirectTarget {
  /** The story's headline, for the link. */
  title: string;
  /** The story's absolute URL. */
  url: string;
}

/**
 * The page served at an alias (an old URL of a story): it sends browsers on at
 * once (meta refresh), tells search engines where the story lives (canonical)
 * and not to index it (noindex), and links to the story for anything that
 * follows neither. Nothing else: no layout, no script, and no
 * `data-pagefind-body`, so search never indexes it.
 */
export function redirectPage({ title, url }: RedirectTarget): string {
  const target = escapeXml(url);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeXml(title)}</title>`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${target}">`,
    `<meta http-equiv="refresh" content="0; url=${target}">`,
    '</head>',
    `<body><p>This story has moved: <a href="${target}">${escapeXml(title)}</a></p></body>`,
    '</html>',
    '',
  ].join('\n');
}

import { describe, expect, it } from 'vitest';
import { checkBudgets, pageAssets, type PageWeight } from '../../../scripts/page-weight.ts';

describe('what a page loads', () => {
  it('finds stylesheets, external and inline scripts and inline styles, and skips data blocks', () => {
    const html = `<head><script>theme()</script><link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="data:,">
      <link rel="canonical" href="/x/"><script type="application/ld+json">{"a":1}</script><style>p{}</style></head>
      <body><script type="module" src="/_astro/s.js"></script><script type="module">search()</script></body>`;
    expect(pageAssets(html)).toEqual({
      stylesheets: ['/_astro/a.css'],
      scripts: ['/_astro/s.js'],
      inlineScripts: ['theme()', 'search()'],
      inlineStyles: ['p{}'],
    });
  });
});

describe('weight budgets', () => {
  const page = (type: string, overrides: Partial<PageWeight> = {}): PageWeight => ({
    type,
    path: `/${type}/`,
    html: { raw: 30_000, gzip: 8_000 },
    css: { raw: 20_000, gzip: 5_000 },
    js: { raw: 900, gzip: 500 },
    assets: { stylesheets: ['/_astro/a.css'], scripts: [], inlineScripts: ['x'.repeat(900)], inlineStyles: [] },
    ...overrides,
  });

  it('passes light pages', () => {
    const searchAssets = { stylesheets: [], scripts: [], inlineScripts: ['x', 'import("/pagefind/pagefind.js")'], inlineStyles: [] };
    expect(checkBudgets([page('article'), page('front'), page('search', { assets: searchAssets })]).every((result) => result.ok)).toBe(true);
  });

  it('fails an article over 40 KB of HTML and CSS, gzip', () => {
    const [size] = checkBudgets([page('article', { html: { raw: 200_000, gzip: 36 * 1024 }, css: { raw: 30_000, gzip: 5 * 1024 } })]);
    expect(size!.ok).toBe(false);
  });

  it('fails a page with any script beyond the page script, or a page script of 1 KB or more', () => {
    const external = checkBudgets([page('article', { assets: { ...page('article').assets, scripts: ['/_astro/x.js'] } })]);
    expect(external.filter((result) => !result.ok)).toHaveLength(1);
    const heavy = checkBudgets([page('front', { assets: { ...page('front').assets, inlineScripts: ['x'.repeat(1024)] } })]);
    expect(heavy[0]!.ok).toBe(false);
  });

  it('lets a live page add the updates loader under 1 KB, and nothing else', () => {
    const live = (inlineScripts: string[]) => checkBudgets([page('live', { assets: { ...page('live').assets, inlineScripts } })])[0]!.ok;
    expect(live(['x', 'y'.repeat(900)])).toBe(true);
    expect(live(['x', 'y'.repeat(1024)])).toBe(false);
    expect(live(['x', 'y', 'z'])).toBe(false);
  });

  it('lets the search page load Pagefind but nothing else', () => {
    const assets = { stylesheets: [], scripts: ['https://cdn.example/widget.js'], inlineScripts: ['x'], inlineStyles: [] };
    expect(checkBudgets([page('search', { assets })])[0]!.ok).toBe(false);
  });
});

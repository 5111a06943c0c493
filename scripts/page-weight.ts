/**
 * The page-weight report's arithmetic (`npm run report:weight`): what a built
 * page loads, and whether each page type keeps within the budgets of a site
 * that should be as light as a text file.
 */

export interface PageAssets {
  /** Site paths of linked stylesheets. */
  stylesheets: string[];
  /** Site paths of external scripts. */
  scripts: string[];
  /** Contents of inline executable scripts (JSON-LD and other data blocks are not scripts). */
  inlineScripts: string[];
  inlineStyles: string[];
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** What the HTML of a built page makes the browser load or run, besides images. */
export function pageAssets(html: string): PageAssets {
  const assets: PageAssets = { stylesheets: [], scripts: [], inlineScripts: [], inlineStyles: [] };
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = attribute(tag, 'href');
    if (href && /\srel="stylesheet"/.test(tag)) assets.stylesheets.push(href);
  }
  for (const [, open, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const type = attribute(open!, 'type');
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    const src = attribute(open!, 'src');
    if (src) assets.scripts.push(src);
    else assets.inlineScripts.push(body!);
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) assets.inlineStyles.push(body!);
  return assets;
}

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  type: string;
  path: string;
  html: Bytes;
  /** Linked and inline stylesheets. */
  css: Bytes;
  /** External and inline scripts. */
  js: Bytes;
  assets: PageAssets;
}

export interface BudgetResult {
  budget: string;
  ok: boolean;
  detail: string;
}

export const budgets = {
  /** Article HTML and CSS, gzip, images excluded. */
  articleHtmlCssGzip: 40 * 1024,
  /** The one inline script every page may carry (theme and copy link). */
  pageScriptRaw: 1024,
  /** A running live page's "new updates" loader, inline beside the page script. */
  liveLoaderRaw: 1024,
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Checks the budgets against measured pages; `pages` must include an article and the search page. */
export function checkBudgets(pages: readonly PageWeight[]): BudgetResult[] {
  const results: BudgetResult[] = [];
  for (const page of pages.filter((entry) => entry.type === 'article')) {
    const total = page.html.gzip + page.css.gzip;
    results.push({
      budget: `article HTML + CSS under ${kb(budgets.articleHtmlCssGzip)} gzip`,
      ok: total < budgets.articleHtmlCssGzip,
      detail: `${page.path}: ${kb(total)}`,
    });
  }
  for (const page of pages) {
    const [pageScript, ...others] = page.assets.inlineScripts;
    const scriptOk = pageScript !== undefined && new TextEncoder().encode(pageScript).length < budgets.pageScriptRaw;
    if (page.type === 'search') {
      // The search page may add its Pagefind UI; nothing else.
      const foreign = page.assets.scripts.filter((src) => !/\/(pagefind|_astro)\//.test(src));
      results.push({
        budget: 'search page: JavaScript only for Pagefind besides the page script',
        ok: scriptOk && foreign.length === 0 && others.every((script) => script.includes('pagefind')),
        detail: `${page.path}: ${others.length + page.assets.scripts.length} search script(s), ${kb(page.js.raw)} raw / ${kb(page.js.gzip)} gzip`,
      });
    } else if (page.type === 'live') {
      const loaderOk = others.length <= 1 && others.every((script) => new TextEncoder().encode(script).length < budgets.liveLoaderRaw);
      results.push({
        budget: `live: no JavaScript beyond the inline page script and the updates loader, each under ${kb(budgets.pageScriptRaw)}`,
        ok: scriptOk && loaderOk && page.assets.scripts.length === 0,
        detail: `${page.path}: ${page.assets.inlineScripts.length} inline, ${page.assets.scripts.length} external, ${page.js.raw} bytes`,
      });
    } else {
      results.push({
        budget: `${page.type}: no JavaScript beyond the inline page script under ${kb(budgets.pageScriptRaw)}`,
        ok: scriptOk && others.length === 0 && page.assets.scripts.length === 0,
        detail: `${page.path}: ${page.assets.inlineScripts.length} inline, ${page.assets.scripts.length} external, ${page.js.raw} bytes`,
      });
    }
  }
  return results;
}

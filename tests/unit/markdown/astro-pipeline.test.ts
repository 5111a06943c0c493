/**
 * The plugins inside Astro's own unified processor, configured as astro.config.mjs does:
 * they must work together with what Astro adds (GFM, heading ids, syntax highlighting, raw HTML).
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypePlugins, remarkPlugins } from '../../../src/markdown/index.ts';

const processor = createMarkdownProcessor({
  remarkPlugins: remarkPlugins(),
  rehypePlugins: rehypePlugins({ siteUrl: 'https://broadsheet.example.com', basePath: '/', embedHosts: [] }),
  smartypants: false,
  gfm: true,
  syntaxHighlight: false,
});

describe('src/markdown in the Astro pipeline', () => {
  it('gives headings ids (Astro’s rehypeHeadingIds) after smart punctuation', async () => {
    const { code, metadata } = await (await processor).render('## The "new" metro --- it\'s open\n\n## The "new" metro --- it\'s open');
    expect(code).toBe('<h2 id="the-new-metro--its-open">The “new” metro — it’s open</h2>\n<h2 id="the-new-metro--its-open-1">The “new” metro — it’s open</h2>');
    expect(metadata.headings.map((heading) => heading.slug)).toEqual(['the-new-metro--its-open', 'the-new-metro--its-open-1']);
  });

  it('runs every plugin once, and leaves code alone', async () => {
    const markdown = [
      'She said "go" -- see [AFP](https://www.afp.com/)...',
      '',
      '**Related article:** [The "old" line](/2026/10/24/old-line/)',
      '',
      '```',
      'a = "b" -- c...',
      '```',
    ].join('\n');
    const { code } = await (await processor).render(markdown);
    expect(code).toBe(
      [
        '<p>She said “go” – see <a href="https://www.afp.com/" rel="noopener">AFP</a>…</p>',
        '<aside class="related-callout" aria-label="Related article"><span class="related-callout-label">Related article</span> <a href="/2026/10/24/old-line/">The “old” line</a></aside>',
        '<pre><code>a = "b" -- c...',
        '</code></pre>',
      ].join('\n'),
    );
  });
});

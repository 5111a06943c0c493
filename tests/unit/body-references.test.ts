import { describe, expect, it } from 'vitest';
import { bodyReferences } from '../../src/lib/body-references.ts';
import { markdownAst } from '../../src/lib/markdown-ast.ts';

const internalLinks = (markdown: string) => bodyReferences(markdownAst(markdown)).links;

describe('bodyReferences: internal links', () => {
  it('finds links, images and definitions with their 1-based lines', () => {
    const markdown = [
      'Moscow opened three stations on Friday, [the mayor said](/2026/10/24/mayor-speech/).', // 1
      '', // 2
      '![The new platform](/images/platform.jpg)', // 3
      '', // 4
      'A second paragraph that runs', // 5
      'over two lines and links [the section](/news/) on the second.', // 6
      '', // 7
      'See [the archive][archive].', // 8
      '', // 9
      '[archive]: /archive/ "Archive"', // 10
    ].join('\n');
    expect(internalLinks(markdown)).toEqual([
      { url: '/2026/10/24/mayor-speech/', line: 1 },
      { url: '/images/platform.jpg', line: 3 },
      { url: '/news/', line: 6 },
      { url: '/archive/', line: 10 },
    ]);
  });

  it('finds links inside lists, quotes, tables and emphasis, in document order', () => {
    const markdown = ['- [One](/one/)', '  - *[Two](/two/?page=2#top)*', '', '> [Three](/three/)', '', '| a |', '| - |', '| [Four](/four/) |'].join('\n');
    expect(internalLinks(markdown)).toEqual([
      { url: '/one/', line: 1 },
      { url: '/two/?page=2#top', line: 2 },
      { url: '/three/', line: 4 },
      { url: '/four/', line: 8 },
    ]);
  });

  it('uses the line where a link starts', () => {
    expect(internalLinks('Intro\n[a headline that\nwraps](/wrapped/)')).toEqual([{ url: '/wrapped/', line: 2 }]);
  });

  it('skips external, scheme-relative, relative and fragment destinations', () => {
    const markdown = [
      '[AFP](https://www.afp.com/) <https://example.org/> www.example.org desk@example.org',
      '[CDN](//cdn.example.net/x.js) ![Photo](./photo.jpg) ![Other](photo.jpg) [Up](../x/) [Notes](#notes)',
      '[Mail](mailto:desk@example.org)',
    ].join('\n');
    expect(internalLinks(markdown)).toEqual([]);
  });

  it('skips link-like text in code and raw HTML', () => {
    const markdown = ['`[a](/code/)`', '', '```', '[b](/fenced/)', '```', '', '<a href="/html/">c</a>', '', '    [d](/indented/)'].join('\n');
    expect(internalLinks(markdown)).toEqual([]);
  });

  it('reports every occurrence', () => {
    expect(internalLinks('[a](/x/) and [b](/x/)\n\n[c](/x/)')).toEqual([
      { url: '/x/', line: 1 },
      { url: '/x/', line: 1 },
      { url: '/x/', line: 3 },
    ]);
  });
});

import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import rehypeExternalLinks from '../../../src/markdown/rehype-external-links.ts';
import { render } from './pipeline.ts';

const siteUrl = 'https://broadsheet.example.com';
const links = (markdown: string, before: unknown[] = []) =>
  render(markdown, { rehype: [...(before as []), [rehypeExternalLinks, { siteUrl }]] });

/** A rehype plugin standing in for whatever set a rel before ours. */
const presetRel = (rel: string | string[]) => () => (tree: Root) =>
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'a') node.properties.rel = rel as string[]; // a string too, as hast built by other tools may have it
  });

describe('rehype-external-links', () => {
  it('adds rel="noopener" to links to other origins', () => {
    expect(links('[AFP](https://www.afp.com/en/news)')).toBe('<p><a href="https://www.afp.com/en/news" rel="noopener">AFP</a></p>');
    expect(links('[Old](http://example.org)')).toBe('<p><a href="http://example.org" rel="noopener">Old</a></p>');
    expect(links('[CDN](//cdn.example.net/a.pdf)')).toBe('<p><a href="//cdn.example.net/a.pdf" rel="noopener">CDN</a></p>');
  });

  it('treats GFM autolinks like any other link', () => {
    expect(links('See www.example.org and <https://example.org/x>.')).toBe(
      '<p>See <a href="http://www.example.org" rel="noopener">www.example.org</a> and <a href="https://example.org/x" rel="noopener">https://example.org/x</a>.</p>',
    );
  });

  it('leaves internal and relative links alone', () => {
    expect(links('[Story](/2026/10/24/some-id/) [Abs](https://broadsheet.example.com/news/) [Rel](../x/) [Hash](#notes)')).toBe(
      '<p><a href="/2026/10/24/some-id/">Story</a> <a href="https://broadsheet.example.com/news/">Abs</a> <a href="../x/">Rel</a> <a href="#notes">Hash</a></p>',
    );
    expect(links('[Mail](mailto:desk@example.org) [Tel](tel:+74950000000)')).toBe(
      '<p><a href="mailto:desk@example.org">Mail</a> <a href="tel:+74950000000">Tel</a></p>',
    );
  });

  it('compares origins, not prefixes', () => {
    expect(links('[Sub](https://broadsheet.example.com.evil.test/) [Port](https://broadsheet.example.com:8443/)')).toBe(
      '<p><a href="https://broadsheet.example.com.evil.test/" rel="noopener">Sub</a> <a href="https://broadsheet.example.com:8443/" rel="noopener">Port</a></p>',
    );
    expect(links('[Case](HTTPS://Broadsheet.Example.com/news/)')).toBe('<p><a href="HTTPS://Broadsheet.Example.com/news/">Case</a></p>');
  });

  it('merges with existing rel values without duplicates', () => {
    expect(links('[A](https://example.org/)', [presetRel(['nofollow'])])).toBe(
      '<p><a href="https://example.org/" rel="nofollow noopener">A</a></p>',
    );
    expect(links('[A](https://example.org/)', [presetRel(['noopener', 'nofollow', 'nofollow'])])).toBe(
      '<p><a href="https://example.org/" rel="noopener nofollow">A</a></p>',
    );
    expect(links('[A](https://example.org/)', [presetRel('external  noreferrer')])).toBe(
      '<p><a href="https://example.org/" rel="external noreferrer noopener">A</a></p>',
    );
  });
});

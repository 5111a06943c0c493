import { describe, expect, it } from 'vitest';
import rehypeBasePath from '../../../src/markdown/rehype-base-path.ts';
import { render } from './pipeline.ts';

const markdown = '[story](/2026/10/24/rates/) [other](https://example.org/x) [here](#notes) [proto](//cdn.example/x)';

describe('rehype-base-path', () => {
  it('prefixes root-relative links with the base path', () => {
    const html = render(markdown, { rehype: [[rehypeBasePath, { basePath: '/paper/' }]] });
    expect(html).toContain('href="/paper/2026/10/24/rates/"');
    expect(html).toContain('href="https://example.org/x"');
    expect(html).toContain('href="#notes"');
    expect(html).toContain('href="//cdn.example/x"');
  });

  it('leaves links alone at the origin root', () => {
    expect(render(markdown, { rehype: [[rehypeBasePath, { basePath: '/' }]] })).toContain('href="/2026/10/24/rates/"');
  });
});

import { describe, expect, it } from 'vitest';
import rehypeBodyPolicy from '../../../src/markdown/rehype-body-policy.ts';
import { render } from './pipeline.ts';

const embedHosts = ['www.youtube-nocookie.com', 't.me'];
const clean = (markdown: string) => render(markdown, { rehype: [[rehypeBodyPolicy, { embedHosts }]] });
const embedAttributes =
  'loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation" referrerpolicy="strict-origin-when-cross-origin"';

describe('rehype-body-policy', () => {
  it('removes scripts, styles and their text, and event handlers', () => {
    expect(clean('<script>alert(1)</script>\n\n<style>body{display:none}</style>\n\nText <img src="./a.png" alt="A" onerror="alert(1)">')).toBe(
      '<p>Text <img src="./a.png" alt="A"></p>',
    );
  });

  it('removes what would change the whole page: base, meta, forms, objects', () => {
    const html = clean('<base href="https://evil.example/">\n<meta http-equiv="refresh" content="0;url=https://evil.example/">\n\n<form action="https://evil.example/"><button>Go</button></form>\n\n<object data="x.swf"></object>');
    expect(html).not.toMatch(/<(?:base|meta|form|button|object)/);
  });

  it('drops javascript:, data: and vbscript: URLs from links and images', () => {
    expect(clean('[a](javascript:alert(1)) <a href="vbscript:x">b</a> ![c](data:image/png;base64,AAAA)')).toBe('<p><a>a</a> <a>b</a> <img alt="c"></p>');
  });

  it('never publishes HTML comments', () => {
    expect(clean('Text <!-- +7 900 123-45-67 -->\n\n<!-- a note -->')).toBe('<p>Text </p>');
  });

  it('keeps news copy: formatting, lists, tables, figures with captions, details', () => {
    const markdown = '<figure>\n\n![A](./a.png)\n\n<figcaption>Caption</figcaption>\n</figure>\n\n<details><summary>More</summary>Body</details>\n\n| a |\n| - |\n| 1 |\n\n- *one* **two** <sup>3</sup>';
    expect(clean(markdown)).toBe(render(markdown));
  });

  it('keeps embeds from allowed hosts, lazy, sandboxed and sending only the origin, and removes the rest', () => {
    expect(clean('<iframe src="https://www.youtube-nocookie.com/embed/x" title="Video" referrerpolicy="unsafe-url" sandbox="allow-top-navigation" allowfullscreen></iframe>')).toBe(
      `<iframe src="https://www.youtube-nocookie.com/embed/x" title="Video" referrerpolicy="strict-origin-when-cross-origin" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation" allowfullscreen loading="lazy"></iframe>`,
    );
    expect(clean('<iframe src="https://t.me/durov/43?embed=1"></iframe>')).toBe(`<iframe src="https://t.me/durov/43?embed=1" ${embedAttributes}></iframe>`);
    expect(clean('<iframe src="https://evil.example/"></iframe><iframe src="http://t.me/durov/43"></iframe><iframe srcdoc="<script>alert(1)</script>"></iframe>')).toBe('');
  });
});

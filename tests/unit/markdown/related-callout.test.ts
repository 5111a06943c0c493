import { describe, expect, it } from 'vitest';
import remarkRelatedCallout from '../../../src/markdown/remark-related-callout.ts';
import { render } from './pipeline.ts';

const callout = (markdown: string) => render(markdown, { remark: [remarkRelatedCallout] });

const aside = (links: string, label = 'Related article') =>
  `<aside class="related-callout" aria-label="${label}"><span class="related-callout-label">${label}</span> ${links}</aside>`;

describe('remark-related-callout', () => {
  it('renders a bold "Related article:" paragraph as an aside with a label and the link', () => {
    expect(callout('**Related article:** [Metro opens three stations](/2026/10/24/some-id/)')).toBe(
      aside('<a href="/2026/10/24/some-id/">Metro opens three stations</a>'),
    );
  });

  it('keeps the headline as written, formatting included', () => {
    expect(callout('**Related article:** [The *Kursk* inquiry](/2026/10/24/kursk/ "Title")')).toBe(
      aside('<a href="/2026/10/24/kursk/" title="Title">The <em>Kursk</em> inquiry</a>'),
    );
  });

  it('accepts the colon outside the bold, any case, and a trailing full stop', () => {
    expect(callout('**Related article**: [A](/a/)')).toBe(aside('<a href="/a/">A</a>'));
    expect(callout('__RELATED ARTICLE:__ [A](/a/).')).toBe(aside('<a href="/a/">A</a>'));
    expect(callout('**related Article :**  [A](https://example.org/a)')).toBe(aside('<a href="https://example.org/a">A</a>'));
  });

  it('accepts "Related articles:" with several links', () => {
    expect(callout('**Related articles:** [A](/a/), [B](/b/) and [C](/c/)')).toBe(
      aside('<a href="/a/">A</a>, <a href="/b/">B</a> and <a href="/c/">C</a>', 'Related articles'),
    );
    expect(callout('**Related articles:** [A](/a/)')).toBe(aside('<a href="/a/">A</a>'));
  });

  it('accepts reference links', () => {
    expect(callout('**Related article:** [A][a]\n\n[a]: /a/')).toBe(aside('<a href="/a/">A</a>'));
  });

  it('leaves a mid-sentence mention alone', () => {
    const markdown = 'See the **Related article:** [A](/a/) for more.';
    expect(callout(markdown)).toBe('<p>See the <strong>Related article:</strong> <a href="/a/">A</a> for more.</p>');
  });

  it('leaves a label followed by prose, or with no link, alone', () => {
    expect(callout('**Related article:** [A](/a/) explains why.')).toBe(
      '<p><strong>Related article:</strong> <a href="/a/">A</a> explains why.</p>',
    );
    expect(callout('**Related article:** none yet')).toBe('<p><strong>Related article:</strong> none yet</p>');
    expect(callout('**Related article:**')).toBe('<p><strong>Related article:</strong></p>');
  });

  it('requires the bold label and the colon', () => {
    expect(callout('Related article: [A](/a/)')).toBe('<p>Related article: <a href="/a/">A</a></p>');
    expect(callout('*Related article:* [A](/a/)')).toBe('<p><em>Related article:</em> <a href="/a/">A</a></p>');
    expect(callout('**Related article** [A](/a/)')).toBe('<p><strong>Related article</strong> <a href="/a/">A</a></p>');
  });

  it('does not take other labels', () => {
    expect(callout('**Related:** [A](/a/)')).toBe('<p><strong>Related:</strong> <a href="/a/">A</a></p>');
    expect(callout('**Read more:** [A](/a/)')).toBe('<p><strong>Read more:</strong> <a href="/a/">A</a></p>');
    expect(callout('**Related article links:** [A](/a/)')).toBe('<p><strong>Related article links:</strong> <a href="/a/">A</a></p>');
  });

  it('works inside other blocks and leaves neighbouring paragraphs alone', () => {
    expect(callout('Before.\n\n> **Related article:** [A](/a/)\n\nAfter.')).toBe(
      `<p>Before.</p>\n<blockquote>\n${aside('<a href="/a/">A</a>')}\n</blockquote>\n<p>After.</p>`,
    );
  });
});

describe('remark-related-callout in Russian', () => {
  const russian = (markdown: string) => render(markdown, { remark: [[remarkRelatedCallout, { languageOf: () => 'ru' }]] });

  it('takes «Читайте также:» as the label, with one link or several joined by «и»', () => {
    expect(russian('**Читайте также:** [Метро](/ru/a/)')).toBe(aside('<a href="/ru/a/">Метро</a>', 'Читайте также'));
    expect(russian('**Читайте также**: [Метро](/ru/a/) и [Трамвай](/ru/b/).')).toBe(aside('<a href="/ru/a/">Метро</a> и <a href="/ru/b/">Трамвай</a>', 'Читайте также'));
  });

  it('leaves the English label alone in a Russian file, and the Russian one in an English file', () => {
    expect(russian('**Related article:** [Metro](/a/)')).toBe('<p><strong>Related article:</strong> <a href="/a/">Metro</a></p>');
    expect(callout('**Читайте также:** [Метро](/ru/a/)')).toBe('<p><strong>Читайте также:</strong> <a href="/ru/a/">Метро</a></p>');
  });
});

import { describe, expect, it } from 'vitest';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { quoteStyleFor, smartPunctuation } from '../../../src/lib/smart-punctuation.ts';
import remarkSmartPunctuation from '../../../src/markdown/remark-smart-punctuation.ts';
import { render } from './pipeline.ts';

const smart = (markdown: string, gfm = true) => render(markdown, { remark: [remarkSmartPunctuation], gfm });

describe('remark-smart-punctuation: quotes', () => {
  it('curls double quotes', () => {
    expect(smart('He said "no" and left.')).toBe('<p>He said “no” and left.</p>');
  });

  it('curls single quotes', () => {
    expect(smart("The 'yes' camp.")).toBe('<p>The ‘yes’ camp.</p>');
  });

  it('pairs quotes across emphasis, strong and links', () => {
    expect(smart('"*emphasised* text"')).toBe('<p>“<em>emphasised</em> text”</p>');
    expect(smart('"text *emphasised*"')).toBe('<p>“text <em>emphasised</em>”</p>');
    expect(smart('**"Bold"** and "[a link](/x/)"')).toBe('<p><strong>“Bold”</strong> and “<a href="/x/">a link</a>”</p>');
    expect(smart('*"Stop,"* she said.')).toBe('<p><em>“Stop,”</em> she said.</p>');
  });

  it('nests single quotes inside double quotes', () => {
    expect(smart('"\'Hi,\' he said."')).toBe('<p>“‘Hi,’ he said.”</p>');
    expect(smart('"He called it \'unacceptable\'"')).toBe('<p>“He called it ‘unacceptable’”</p>');
  });

  it('opens after brackets and dashes, closes before punctuation', () => {
    expect(smart('("Yes.") ---"No"')).toBe('<p>(“Yes.”) —“No”</p>');
    expect(smart('"I was going to---" she began.')).toBe('<p>“I was going to—” she began.</p>');
  });

  it('starts each paragraph, heading and table cell afresh', () => {
    expect(smart('# "Quoted" headline\n\n"Second" paragraph')).toBe('<h1>“Quoted” headline</h1>\n<p>“Second” paragraph</p>');
    expect(smart('| a | b |\n| - | - |\n| "x" | \'y\' |')).toContain('<td>“x”</td>\n<td>‘y’</td>');
  });

  it('treats inline code beside a quote as a word', () => {
    expect(smart('Run "`npm test`" first')).toBe('<p>Run “<code>npm test</code>” first</p>');
  });
});

describe('remark-smart-punctuation: apostrophes', () => {
  it('uses ’ in contractions and possessives', () => {
    expect(smart("It's O'Brien's, don't you know; the students' union.")).toBe(
      '<p>It’s O’Brien’s, don’t you know; the students’ union.</p>',
    );
  });

  it('uses ’ before abbreviated years and elided words', () => {
    expect(smart("Back in the '90s, rock 'n' roll. Tell 'em 'twas so.")).toBe(
      '<p>Back in the ’90s, rock ’n’ roll. Tell ’em ’twas so.</p>',
    );
    expect(smart("The class of '26.")).toBe('<p>The class of ’26.</p>');
  });

  it('still opens a quotation that starts with two digits', () => {
    expect(smart("He asked for '12 months' to decide.")).toBe('<p>He asked for ‘12 months’ to decide.</p>');
    expect(smart("The class of '26. He asked for '12 months' more.")).toBe(
      '<p>The class of ’26. He asked for ‘12 months’ more.</p>',
    );
  });
});

describe('remark-smart-punctuation: dashes and ellipses', () => {
  it('turns -- into an en dash and --- into an em dash', () => {
    expect(smart('Pages 10--12 --- or so.')).toBe('<p>Pages 10–12 — or so.</p>');
  });

  it('leaves single hyphens and longer runs of dashes alone', () => {
    expect(smart('A well-known fact - and a rule ---- here.')).toBe('<p>A well-known fact - and a rule ---- here.</p>');
  });

  it('turns ... and . . . into an ellipsis', () => {
    expect(smart('Wait... and then. . . nothing')).toBe('<p>Wait… and then… nothing</p>');
    expect(smart('The end....')).toBe('<p>The end….</p>');
  });
});

describe('remark-smart-punctuation: what it must not touch', () => {
  it('leaves inline code and code blocks alone', () => {
    expect(smart('Type `"a" -- \'b\'...` now')).toBe('<p>Type <code>"a" -- \'b\'...</code> now</p>');
    expect(smart('```\nconst s = "it\'s" -- ...;\n```')).toBe(
      '<pre><code>const s = "it\'s" -- ...;\n</code></pre>',
    );
  });

  it('leaves link and image destinations alone', () => {
    expect(smart('[Read "this"](https://example.org/a--b/it\'s...html "A --- title")')).toBe(
      '<p><a href="https://example.org/a--b/it&#x27;s...html" title="A --- title">Read “this”</a></p>',
    );
    expect(smart('![A "photo"](/img/a--b...jpg)')).toBe('<p><img src="/img/a--b...jpg" alt="A &#x22;photo&#x22;"></p>');
  });

  it('leaves autolinks and URLs in prose alone', () => {
    expect(smart('See <https://example.org/a--b...c> and https://example.org/x---y.')).toBe(
      '<p>See <a href="https://example.org/a--b...c">https://example.org/a--b...c</a> and <a href="https://example.org/x---y">https://example.org/x---y</a>.</p>',
    );
    expect(smart("Without GFM https://example.org/it's--here...there, -- and \"www.example.org/a--b\"...", false)).toBe(
      '<p>Without GFM https://example.org/it\'s--here...there, – and “www.example.org/a--b”…</p>',
    );
  });

  it('leaves raw HTML alone', () => {
    expect(smart('<span title="a -- b">"x"</span>')).toBe('<p><span title="a -- b">“x”</span></p>');
  });

  it('keeps escaped characters and entities straight', () => {
    expect(smart('He is 6\'2\\" tall, \\-- stays, \\... too, &quot;entity&quot;')).toBe(
      '<p>He is 6’2" tall, -- stays, ... too, "entity"</p>',
    );
  });

  it('keeps escapes straight in nested containers', () => {
    expect(smart('> - a \\"quote\\" and "real"\n>   continued --- here')).toBe(
      '<blockquote>\n<ul>\n<li>a "quote" and “real”\ncontinued — here</li>\n</ul>\n</blockquote>',
    );
  });
});

describe('smartPunctuation on a plain string', () => {
  it('typesets a headline or dek by the same rules as prose, leaving markup characters alone', () => {
    expect(smartPunctuation("Bolshoi Opens Its Season With a Stark New 'Queen of Spades'")).toBe('Bolshoi Opens Its Season With a Stark New ‘Queen of Spades’');
    expect(smartPunctuation('"The Bear" -- a farce... in the \'90s & <after>')).toBe('“The Bear” – a farce… in the ’90s & <after>');
  });
});

describe('remark-smart-punctuation: quotes by language', () => {
  const russian = (markdown: string) => render(markdown, { remark: [[remarkSmartPunctuation, { languageOf: () => 'ru' }]] });

  it('gives Russian «ёлочки» outside and „лапки“ inside', () => {
    expect(russian('Он сказал: "Это конец".')).toBe('<p>Он сказал: «Это конец».</p>');
    expect(russian('"Роман "Война и мир" вышел в 1869 году", пишет автор.')).toBe('<p>«Роман „Война и мир“ вышел в 1869 году», пишет автор.</p>');
    expect(russian('"*Мастер и Маргарита*" и "Чайка"')).toBe('<p>«<em>Мастер и Маргарита</em>» и «Чайка»</p>');
  });

  it('takes the language from the file path', () => {
    const byPath = (path: string) =>
      String(
        unified()
          .use(remarkParse)
          .use(remarkSmartPunctuation, { languageOf: (file?: string) => (file?.includes('/ru/') ? 'ru' : 'en') })
          .use(remarkRehype)
          .use(rehypeStringify)
          .processSync(new VFile({ path, value: '"Да"' })),
      );
    expect(byPath('content/ru/articles/a.md')).toBe('<p>«Да»</p>');
    expect(byPath('content/articles/a.md')).toBe('<p>“Да”</p>');
  });

  it('keeps English quotes the same at every depth, and for headlines', () => {
    expect(smart('"He said "no" twice"')).toBe('<p>“He said “no” twice”</p>');
    expect(smartPunctuation('"Мир" и "труд"', quoteStyleFor('ru'))).toBe('«Мир» и «труд»');
    expect(smartPunctuation('"Peace"', quoteStyleFor('en-GB'))).toBe('“Peace”');
    expect(smartPunctuation('"Frieden"', quoteStyleFor('de'))).toBe('„Frieden“');
  });
});

import { describe, expect, it } from 'vitest';
import { termsOf } from '../../src/lib/related/text-terms.ts';

describe('word scanner', () => {
  it('joins words across apostrophes and drops possessives, whatever their case', () => {
    expect(termsOf("O'Brien's plan, the Ministers’ plans and rock’n’roll")).toEqual(['obrien', 'plan', 'minister', 'plan', 'rocknroll']);
    expect(termsOf("Jones'S cars' s'more")).toEqual(['jone', 'car', 'smore']);
  });

  it('skips a URL even right after an apostrophe, and only with a scheme of 3–5 characters or "www."', () => {
    expect(termsOf("alpha'http://example.com/x beta")).toEqual(['alpha', 'beta']);
    expect(termsOf("alpha'www.example.com beta ftp://host/x gamma abcdef://notaurl delta ab://short")).toEqual(['alpha', 'beta', 'gamma', 'abcdef', 'notaurl', 'delta', 'ab', 'short']);
    expect(termsOf('WWW.Example.org wwww.example.org xwww.example.org')).toEqual(['wwww', 'example', 'org', 'xwww', 'example', 'org']);
    // Counted in characters, not bytes: «кот» is a 3-character scheme of 6 bytes, «да» 2 characters of 4.
    expect(termsOf('кот://нет ежик://нет да://нет дваждыдва://нет')).toEqual(['да', 'нет', 'дваждыдва', 'нет']);
    expect(termsOf('https://example.com/a)closing [link](https://example.com/b "title") tail <https://x.y/z>')).toEqual(['closing', 'link', 'tail']);
  });

  it('skips a link destination, to the end of the text if it is not closed', () => {
    expect(termsOf('[shown](hidden destination) shown [link](runs to the end')).toEqual(['shown', 'shown', 'link']);
  });

  it('skips fenced code from a fence at most three spaces in to the end of the closing line, or of the text', () => {
    expect(termsOf('before\n```js\nhidden code\n```hidden too\nvisible')).toEqual(['visible']);
    expect(termsOf('before\n   ~~~\nhidden\n   ~~~ \nvisible')).toEqual(['visible']);
    expect(termsOf('before\n    ```\nshown\n```\nvisible')).toEqual(['shown']);
    expect(termsOf('before\n```\nnever closed hidden')).toEqual([]);
    expect(termsOf('inline ```fence``` shown')).toEqual(['inline', 'fence', 'shown']);
  });

  it('skips HTML tags and comments that close within 2,000 characters', () => {
    expect(termsOf('a <span class="x">inside</span> <!-- comment --> b < c <3 lovely')).toEqual(['inside', 'lovely']);
    expect(termsOf(`start <b${'x'.repeat(1996)}> hidden end`)).toEqual(['start', 'hidden', 'end']);
    expect(termsOf(`start <b${'x'.repeat(1997)}> shown end`)).toEqual(['start', 'shown', 'end']);
  });

  it('drops words over 40 characters, counted before diacritics are stripped', () => {
    expect(termsOf(`${'k'.repeat(40)} ${'q'.repeat(41)} ${'é'.repeat(40)} ${'é'.repeat(41)}`)).toEqual(['k'.repeat(40), 'e'.repeat(40)]);
    // Far longer words, past the scanner's word buffer, leave the words around them alone.
    expect(termsOf(`alpha ${'z'.repeat(65)}${'ж'.repeat(70)} beta ${'y'.repeat(200)} gamma`)).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('reads letters of every script, beyond the BMP too, and nothing else', () => {
    expect(termsOf('Москва и МОСКВА; Αθήνα ΑΣ; ﬁnance 北京 Zürich cafe\u0301s')).toEqual(['москва', 'москва', 'αθηνα', 'ας', 'finance', '北京', 'zurich', 'cafe']);
    expect(termsOf('\u{1D400}\u{1D401} \u{20000}\u{20001} 😀😀 lone\ud800surrogate')).toEqual(['ab', '\u{20000}\u{20001}', 'lone', 'surrogate']);
  });
});

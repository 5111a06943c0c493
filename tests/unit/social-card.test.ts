import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { cardSize, cardSvg, socialCard, wrapText } from '../../src/lib/social-card.ts';

describe('wrapText', () => {
  it('breaks between words within the width', () => {
    expect(wrapText('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
  });

  it('ends with an ellipsis when the lines run out', () => {
    const lines = wrapText('one two three four five six', 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });

  it('keeps a word longer than a line whole on its own line', () => {
    expect(wrapText('a supercalifragilistic b', 6, 3)).toEqual(['a', 'supercalifragilistic', 'b']);
  });
});

it('escapes the headline in the SVG', () => {
  const svg = cardSvg({ headline: 'Rates & <Prices>', section: 'Business', siteName: 'The "Daily"' }, false);
  expect(svg).toContain('Rates &amp; &lt;Prices&gt;');
  expect(svg).toContain('The &quot;Daily&quot;');
});

describe('socialCard', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'cards-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
  const input = { headline: 'Moscow Opens Three New Metro Stations', section: 'News', siteName: 'The Daily' };

  it('draws a 1200×630 PNG', async () => {
    const meta = await sharp(await socialCard(input, cacheDir)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', cardSize.width, cardSize.height]);
  });

  it('reuses the cached card for the same inputs and draws a new one for new inputs', async () => {
    const folder = join(cacheDir, 'social-cards');
    const [file] = readdirSync(folder);
    const written = statSync(join(folder, file!)).mtimeMs;
    await socialCard(input, cacheDir);
    expect(readdirSync(folder)).toEqual([file]);
    expect(statSync(join(folder, file!)).mtimeMs).toBe(written);
    await socialCard({ ...input, headline: 'A Corrected Headline' }, cacheDir);
    expect(readdirSync(folder)).toHaveLength(2);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { sectionCardPath, sectionCardText } from '../../src/lib/section-card.ts';
import { siteCardText } from '../../src/lib/site-card.ts';
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
  const svg = cardSvg({ kicker: 'Business', headline: 'Rates & <Prices>', footer: 'The "Daily"' });
  expect(svg).toContain('Rates &amp; &lt;Prices&gt;');
  expect(svg).toContain('The &quot;Daily&quot;');
});

it('draws a section card with the section’s name and the site’s, beside its front', () => {
  const section = { id: 'business', title: 'Business', description: 'Markets & money.', path: '/business/' };
  const svg = cardSvg(sectionCardText(section, 'The Daily'));
  expect(svg).toContain('>BUSINESS</text>');
  expect(svg).toContain('Markets &amp; money.');
  expect(svg).toContain('>The Daily</text>');
  expect(sectionCardPath(section)).toBe('/business/card.png');
});

it('draws the site card with its description and name, without a kicker', () => {
  const svg = cardSvg(siteCardText({ name: 'The Daily', description: 'News from everywhere.' }));
  expect(svg).toContain('News from everywhere.');
  expect(svg).toContain('>The Daily</text>');
  expect(svg).not.toContain('letter-spacing');
});

describe('socialCard', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'cards-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
  const input = { kicker: 'News', headline: 'Moscow Opens Three New Metro Stations and Closes Two Old Ones for Repairs Until Spring', footer: 'The Daily' };

  it('draws a 1200×630 PNG well under the 300 KB messengers preview', async () => {
    const card = await socialCard(input, cacheDir);
    const meta = await sharp(card).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', cardSize.width, cardSize.height]);
    expect(card.byteLength).toBeLessThan(100_000);
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

describe('cards in other scripts', () => {
  it('name a font that has the Cyrillic letters, and it is installed (fonts-dejavu-core)', () => {
    // Headline and footer in the serif stack, kicker in the sans one: each must reach a font with Russian letters, or they draw as boxes.
    const svg = cardSvg({ kicker: 'Наука', headline: 'Космонавты вышли в открытый космос', footer: 'The Broadsheet Times' });
    const stacks = [...new Set([...svg.matchAll(/font-family="([^"]+)"/g)].map((match) => match[1]!))];
    const cyrillic = new Set(spawnSync('fc-list', [':lang=ru', 'family'], { encoding: 'utf8' }).stdout.split('\n').flatMap((line) => line.split(',')).map((name) => name.trim()));
    expect(stacks).toHaveLength(2);
    for (const stack of stacks) {
      const families = stack.split(',').map((name) => name.trim().replace(/^'|'$/g, ''));
      expect(families.some((family) => cyrillic.has(family)), stack).toBe(true);
    }
  });
});

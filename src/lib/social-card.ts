/**
 * Drawn share cards: the 1200×630 PNG messengers and social networks show for
 * a link to a page without a photo of its own (src/lib/share-image.ts): a
 * headline under a kicker, with the site's name at the foot, on the branded
 * background. Cards are cached on disk under a hash of their text, so a
 * rebuild draws only cards whose text changed.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import sharp from 'sharp';
import { cachedFile } from './build-cache.ts';
import { escapeXml } from './feed.ts';

export const cardSize = { width: 1200, height: 630 } as const;

/** What a card says. */
export interface CardText {
  /** Small capitals above the headline: a story's section, for instance. */
  kicker?: string;
  headline: string;
  /** The line at the foot: the site's name. */
  footer: string;
}

const margin = 72;
const brand = { background: '#1b2a3a', accent: '#d9a441', text: '#ffffff' };
const fonts = "'DejaVu Serif', 'Liberation Serif', 'Noto Serif', serif";
const sansFonts = "'DejaVu Sans', 'Liberation Sans', 'Noto Sans', sans-serif";
/** Bumped whenever the drawing changes, so cached cards are redrawn. */
const drawingVersion = 4;
/**
 * Flat colours and text compress well at zlib level 6: a card is about a sixth
 * of the 300 KB messengers accept. A 256-colour palette would halve it but
 * costs several times the drawing.
 */
const pngOptions = { compressionLevel: 6 } as const;
/** A bold serif's average glyph width, in ems. */
const charWidth = 0.6;

/**
 * Greedy word wrap to at most `maxLines` lines of `maxChars`; what does not
 * fit ends in an ellipsis. Character counts stand in for glyph widths, which
 * is close enough for a serif headline at a fixed size.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= maxChars || !line) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length + 1 > maxChars ? last.slice(0, maxChars - 1).replace(/\s+\S*$/, '') : last}…`;
  return kept;
}

/** The largest headline size whose wrapped lines fit the card without cutting words off. */
function headlineLayout(headline: string): { fontSize: number; lines: string[] } {
  const usable = cardSize.width - 2 * margin;
  for (const fontSize of [68, 58, 50]) {
    const lines = wrapText(headline, Math.floor(usable / (fontSize * charWidth)), 4);
    if (!lines.at(-1)!.endsWith('…')) return { fontSize, lines };
  }
  return { fontSize: 50, lines: wrapText(headline, Math.floor(usable / (50 * charWidth)), 4) };
}

/** The card as SVG: kicker, headline and footer on the branded background. */
export function cardSvg(text: CardText): string {
  const { width, height } = cardSize;
  const { fontSize, lines } = headlineLayout(text.headline);
  const lineHeight = Math.round(fontSize * 1.15);
  const footerY = height - margin + 10;
  const lastBaseline = footerY - 64;
  const firstBaseline = lastBaseline - (lines.length - 1) * lineHeight;
  const kickerY = firstBaseline - fontSize - 18;
  const headline = lines
    .map((line, index) => `<tspan x="${margin}" y="${firstBaseline + index * lineHeight}">${escapeXml(line)}</tspan>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="${brand.background}"/>` +
    `<rect x="${margin}" y="${kickerY - 30}" width="56" height="6" fill="${brand.accent}"/>` +
    (text.kicker
      ? `<text x="${margin}" y="${kickerY}" font-family="${sansFonts}" font-size="28" font-weight="bold" letter-spacing="3" fill="${brand.accent}">${escapeXml(text.kicker.toUpperCase())}</text>`
      : '') +
    `<text font-family="${fonts}" font-size="${fontSize}" font-weight="bold" fill="${brand.text}">${headline}</text>` +
    `<text x="${margin}" y="${footerY}" font-family="${fonts}" font-size="30" fill="${brand.text}" fill-opacity="0.85">${escapeXml(text.footer)}</text>` +
    '</svg>'
  );
}

/** Draws a card, without the cache. */
export function drawCard(text: CardText): Promise<Buffer> {
  return sharp(Buffer.from(cardSvg(text))).png(pngOptions).toBuffer();
}

/** A card from the cache under `cacheDir/social-cards/`, drawn and stored there first when its text is new. */
export function socialCard(text: CardText, cacheDir: string): Promise<Buffer> {
  const key = createHash('sha256')
    .update(JSON.stringify({ drawingVersion, ...text }))
    .digest('hex')
    .slice(0, 32);
  return cachedFile(join(cacheDir, 'social-cards', `${key}.png`), () => drawCard(text));
}

/** The publisher's logo for structured data: the site name on the branded background, `size` pixels square. */
export function drawLogo(siteName: string, size: number): Promise<Buffer> {
  const lines = wrapText(siteName, 12, 3);
  const fontSize = 78;
  const lineHeight = Math.round(fontSize * 1.15);
  const top = size / 2 - ((lines.length - 1) * lineHeight) / 2 + fontSize / 3;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    `<rect width="${size}" height="${size}" fill="${brand.background}"/>` +
    `<text font-family="${fonts}" font-size="${fontSize}" font-weight="bold" fill="${brand.text}" text-anchor="middle">` +
    lines.map((line, index) => `<tspan x="${size / 2}" y="${top + index * lineHeight}">${escapeXml(line)}</tspan>`).join('') +
    '</text></svg>';
  return sharp(Buffer.from(svg)).png(pngOptions).toBuffer();
}

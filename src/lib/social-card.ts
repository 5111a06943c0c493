/**
 * Share cards: the 1200×630 PNG messengers and social networks show for a
 * link. Headline, section and site name are drawn over the story's hero photo
 * (darkened so the text reads) or over a branded background. Cards are cached
 * on disk under a hash of everything that goes into them, so a rebuild only
 * draws cards for stories that changed.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { cachedFile } from './build-cache.ts';
import { escapeXml } from './feed.ts';

export const cardSize = { width: 1200, height: 630 } as const;

export interface CardInput {
  headline: string;
  /** The kicker above the headline: the section's title. */
  section: string;
  siteName: string;
  /** Path of the hero photo to draw on; without one the card is branded. */
  photo?: string;
}

const margin = 72;
const brand = { background: '#1b2a3a', accent: '#d9a441', text: '#ffffff' };
const fonts = "'DejaVu Serif', 'Liberation Serif', 'Noto Serif', serif";
const sansFonts = "'DejaVu Sans', 'Liberation Sans', 'Noto Sans', sans-serif";
/** Bumped whenever the drawing changes, so cached cards are redrawn. */
const drawingVersion = 3;
/**
 * Cards are drawn for every story, so encoding speed wins: zlib level 6 costs a
 * fifth of level 9 or a 256-colour palette for files at most a fifth larger
 * (measured: a photo card 280 kB, a branded one 50 kB). Messengers that limit
 * preview size read og:image, the hero JPEG, where a story has one.
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

/** The text layer as SVG: over a photo it brings its own shading, alone it brings the branded background. */
export function cardSvg(input: Omit<CardInput, 'photo'>, overPhoto: boolean): string {
  const { width, height } = cardSize;
  const { fontSize, lines } = headlineLayout(input.headline);
  const lineHeight = Math.round(fontSize * 1.15);
  const footerY = height - margin + 10;
  const lastBaseline = footerY - 64;
  const firstBaseline = lastBaseline - (lines.length - 1) * lineHeight;
  const kickerY = firstBaseline - fontSize - 18;
  const background = overPhoto
    ? `<defs><linearGradient id="shade" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#000" stop-opacity="0.15"/><stop offset="0.45" stop-color="#000" stop-opacity="0.55"/><stop offset="1" stop-color="#000" stop-opacity="0.88"/></linearGradient></defs><rect width="${width}" height="${height}" fill="url(#shade)"/>`
    : `<rect width="${width}" height="${height}" fill="${brand.background}"/>`;
  const headline = lines
    .map((line, index) => `<tspan x="${margin}" y="${firstBaseline + index * lineHeight}">${escapeXml(line)}</tspan>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    background +
    `<rect x="${margin}" y="${kickerY - 30}" width="56" height="6" fill="${brand.accent}"/>` +
    `<text x="${margin}" y="${kickerY}" font-family="${sansFonts}" font-size="28" font-weight="bold" letter-spacing="3" fill="${brand.accent}">${escapeXml(input.section.toUpperCase())}</text>` +
    `<text font-family="${fonts}" font-size="${fontSize}" font-weight="bold" fill="${brand.text}">${headline}</text>` +
    `<text x="${margin}" y="${footerY}" font-family="${fonts}" font-size="30" fill="${brand.text}" fill-opacity="0.85">${escapeXml(input.siteName)}</text>` +
    '</svg>'
  );
}

/** Draws a card, without the cache. */
export async function drawCard(input: CardInput): Promise<Buffer> {
  const { width, height } = cardSize;
  const text = Buffer.from(cardSvg(input, Boolean(input.photo)));
  if (!input.photo) return sharp(text).png(pngOptions).toBuffer();
  // The photo is cropped into memory first: compositing onto a resize in the same pipeline costs about
  // a fifth more per card (libvips redoes the resize per region), for the same pixels.
  const { data, info } = await sharp(input.photo).rotate().resize(width, height, { fit: 'cover' }).raw().toBuffer({ resolveWithObject: true });
  return sharp(data, { raw: info }).composite([{ input: text }]).png(pngOptions).toBuffer();
}

/** The cache key: the drawing's version, its text and the photo's bytes (an edited photo keeps its name). */
async function cardKey(input: CardInput): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify({ drawingVersion, ...input, photo: undefined }));
  if (input.photo) hash.update(await readFile(input.photo));
  return hash.digest('hex').slice(0, 32);
}

/** A card from the cache under `cacheDir/social-cards/`, drawn and stored there first when its inputs are new. */
export async function socialCard(input: CardInput, cacheDir: string): Promise<Buffer> {
  return cachedFile(join(cacheDir, 'social-cards', `${await cardKey(input)}.png`), () => drawCard(input));
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

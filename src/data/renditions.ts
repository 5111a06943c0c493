/**
 * The images a story shows outside its page: its hero photo at Open Graph's
 * 1200×630 (for og:image, structured data, feed enclosures and JSON Feed) and
 * the picture it shares (src/lib/share-image.ts). Feeds must state a
 * rendition's byte length, which exists only once the file is made, so the
 * rendition is made here, through Astro's own image service, and left in
 * Astro's image cache, where the image step of the same build finds it and
 * copies it instead of making it again.
 */
import type { ImageMetadata } from 'astro';
import { getConfiguredImageService, getImage, imageConfig } from 'astro:assets';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { cachedFile, cacheDir } from '../lib/build-cache.ts';
import type { FeedImage } from '../lib/feed.ts';
import type { Section, Story } from '../lib/newsroom.ts';
import { sectionCardPath } from '../lib/section-card.ts';
import type { DescribedImage } from '../lib/seo.ts';
import type { ShareImageKind } from '../lib/share-image.ts';
import { fittingJpeg, shareImageMaxBytes, shareJpegQualities } from '../lib/share-jpeg.ts';
import { siteCardPath } from '../lib/site-card.ts';
import { cardSize } from '../lib/social-card.ts';
import { inEdition, type Edition } from '../lib/editions.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { site } from '../site.config.ts';

export interface Rendition extends DescribedImage, FeedImage {}

type RenditionFile = Omit<Rendition, 'alt' | 'caption' | 'credit'>;
/** Keyed by source image: stories that share a photo share one rendition, made once. */
const renditions = new Map<string, Promise<RenditionFile>>();

/** The file an imported image was read from (Astro keeps it on the metadata without typing it). */
export function sourceFile(src: ImageMetadata): string {
  const fsPath = (src as ImageMetadata & { fsPath?: string }).fsPath;
  if (!fsPath) throw new Error(`Broadsheet: no file behind image ${src.src}`);
  return fsPath;
}

/**
 * A photo cropped to 1200×630 as a JPEG under the share-image limit (a smaller
 * photo is cropped to that shape, never enlarged), with the real size and bytes of the file.
 */
export async function cardRendition(src: ImageMetadata, text: { alt: string; caption?: string; credit?: string }): Promise<Rendition> {
  let file = renditions.get(src.src);
  if (!file) {
    file = makeRendition(src);
    renditions.set(src.src, file);
  }
  return { ...(await file), ...text };
}

async function makeRendition(src: ImageMetadata): Promise<RenditionFile> {
  const options = { ...cardShapeWithin(src), fit: 'cover', format: 'jpg' } as const;
  const encodings = new Map<number, Promise<Buffer>>();
  const encode = (quality: number) => {
    let bytes = encodings.get(quality);
    if (!bytes) {
      bytes = transform(src, { ...options, quality });
      encodings.set(quality, bytes);
    }
    return bytes;
  };
  const quality = await rememberedQuality(src, options, async () => (await fittingJpeg(encode)).quality);
  const image = await getImage({ src, ...options, quality });
  // Astro keys its image cache by the output file name, which hashes the source and the options:
  // the image step of this build copies this file into the output instead of encoding it again.
  const data = import.meta.env.PROD ? await cachedFile(join(cacheDir, 'assets', basename(image.src)), () => encode(quality)) : await encode(quality);
  const { width = cardSize.width, height = cardSize.height } = await sharp(data).metadata();
  return { url: `${site.url}${image.src}`, type: 'image/jpeg', length: data.byteLength, width, height };
}

/** The largest size of the card's 1200:630 shape, up to 1200×630, that a photo can fill without being enlarged. */
function cardShapeWithin({ width, height }: { width: number; height: number }): { width: number; height: number } {
  const scale = Math.min(1, width / cardSize.width, height / cardSize.height);
  return { width: Math.round(cardSize.width * scale), height: Math.round(cardSize.height * scale) };
}

/** A rendition's bytes from Astro's image service, as its image step would make them. */
async function transform(src: ImageMetadata, options: { width: number; height: number; fit: 'cover'; format: 'jpg'; quality: number }): Promise<Buffer> {
  const service = await getConfiguredImageService();
  if (!('transform' in service)) throw new Error('Broadsheet: the image service cannot make renditions locally');
  const logger = { warn: console.warn, info: console.info, error: console.error, debug: () => {} };
  const { data } = await service.transform(await readFile(sourceFile(src)), { ...options, src: src.src }, imageConfig, logger as never);
  return Buffer.from(data);
}

/** The JPEG quality chosen for a photo, kept in the build cache, so a rebuild encodes nothing to find it again. */
async function rememberedQuality(src: ImageMetadata, options: object, choose: () => Promise<number>): Promise<number> {
  if (!import.meta.env.PROD) return choose();
  // A built image's URL carries a hash of its bytes: an edited photo is chosen for again.
  const key = createHash('sha256')
    .update(JSON.stringify({ src: src.src, options, shareJpegQualities, shareImageMaxBytes }))
    .digest('hex')
    .slice(0, 32);
  const remembered = await cachedFile(join(cacheDir, 'share-quality', key), async () => Buffer.from(String(await choose())));
  return Number(remembered.toString());
}

/** The hero photo as feeds and share metadata carry it. */
export function heroRendition(story: Story<ImageMetadata>): Promise<Rendition> | undefined {
  const hero = story.image;
  return hero && cardRendition(hero.src, { alt: hero.alt, caption: hero.caption, credit: hero.credit });
}

/** Where a story's drawn share card is published: beside its page. */
export const cardPath = (story: Pick<Story<unknown>, 'path'>): string => `${story.path}card.png`;

/** A card the build draws, as share metadata describes it. */
const drawnCard = (path: string, alt: string): DescribedImage => ({ url: absoluteUrl(path, site), type: 'image/png', ...cardSize, alt });

/** The edition's card, for its pages that picture nothing of their own. */
export const siteShareImage = (edition: Pick<Edition, 'path' | 'name'>): DescribedImage => drawnCard(inEdition(siteCardPath, edition), edition.name);

/** A section's card, for its front and its older stories without a photo. */
export const sectionShareImage = (section: Section, edition: Pick<Edition, 'name'>): DescribedImage => drawnCard(sectionCardPath(section), `${section.title}: ${edition.name}`);

/** The picture a story shares, of the kind src/lib/share-image.ts chose for it. */
export async function shareImage(story: Story<ImageMetadata>, kind: ShareImageKind, socialImage: ImageMetadata | undefined, edition: Pick<Edition, 'name'>): Promise<DescribedImage> {
  const alt = `${story.section.title}: ${story.title}`;
  if (kind === 'own' && socialImage) return cardRendition(socialImage, { alt });
  const hero = kind === 'photo' ? heroRendition(story) : undefined;
  if (hero) return hero;
  return kind === 'card' ? drawnCard(cardPath(story), alt) : sectionShareImage(story.section, edition);
}

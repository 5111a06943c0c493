/**
 * The images a story shows outside its page: its hero photo at Open Graph's
 * 1200×630 (for og:image, structured data, feed enclosures and JSON Feed) and
 * its share card. Feeds must state a rendition's byte length, which exists only
 * once the file is made, so the rendition is made here, through Astro's own
 * image service, and left in Astro's image cache, where the image step of the
 * same build finds it and copies it instead of making it again.
 */
import type { ImageMetadata } from 'astro';
import { getConfiguredImageService, getImage, imageConfig } from 'astro:assets';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { cachedFile, cacheDir } from '../lib/build-cache.ts';
import type { FeedImage } from '../lib/feed.ts';
import type { Story } from '../lib/newsroom.ts';
import type { DescribedImage } from '../lib/seo.ts';
import { cardSize } from '../lib/social-card.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { site } from '../site.config.ts';

export interface Rendition extends DescribedImage, FeedImage {}

const mimeTypes: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif', gif: 'image/gif' };
type RenditionFile = Omit<Rendition, 'alt' | 'caption' | 'credit'>;
/** Keyed by output URL: stories that share a photo share one rendition, made once. */
const renditions = new Map<string, Promise<RenditionFile>>();

/** The file an imported image was read from (Astro keeps it on the metadata without typing it). */
export function sourceFile(src: ImageMetadata): string {
  const fsPath = (src as ImageMetadata & { fsPath?: string }).fsPath;
  if (!fsPath) throw new Error(`Broadsheet: no file behind image ${src.src}`);
  return fsPath;
}

/** A photo cropped to 1200×630 as a JPEG (a smaller photo is cropped to that shape, never enlarged), with the real size and bytes of the file. */
export async function cardRendition(src: ImageMetadata, text: { alt: string; caption?: string; credit?: string }): Promise<Rendition> {
  const image = await getImage({ src, ...cardShapeWithin(src), fit: 'cover', format: 'jpg' });
  let file = renditions.get(image.src);
  if (!file) {
    file = makeRendition(src, image);
    renditions.set(image.src, file);
  }
  return { ...(await file), ...text };
}

async function makeRendition(src: ImageMetadata, image: ImageResult): Promise<RenditionFile> {
  const data = await renditionBytes(src, image);
  const { width = cardSize.width, height = cardSize.height } = await sharp(data).metadata();
  const format = String(image.options.format);
  return { url: `${site.url}${image.src}`, type: mimeTypes[format] ?? `image/${format}`, length: data.byteLength, width, height };
}

/** The largest size of the card's 1200:630 shape, up to 1200×630, that a photo can fill without being enlarged. */
function cardShapeWithin({ width, height }: { width: number; height: number }): { width: number; height: number } {
  const scale = Math.min(1, width / cardSize.width, height / cardSize.height);
  return { width: Math.round(cardSize.width * scale), height: Math.round(cardSize.height * scale) };
}

type ImageResult = Awaited<ReturnType<typeof getImage>>;

/** The rendition's bytes, exactly as the build writes them: Astro's image step copies this cache file into the output. */
async function renditionBytes(src: ImageMetadata, image: ImageResult): Promise<Buffer> {
  // Astro keys its image cache by the output file name, which hashes the source and the options.
  const make = async () => {
    const service = await getConfiguredImageService();
    if (!('transform' in service)) throw new Error('Broadsheet: the image service cannot make renditions locally');
    const logger = { warn: console.warn, info: console.info, error: console.error, debug: () => {} };
    const { data } = await service.transform(await readFile(sourceFile(src)), { ...image.options, src: src.src }, imageConfig, logger as never);
    return Buffer.from(data);
  };
  return import.meta.env.PROD ? cachedFile(join(cacheDir, 'assets', basename(image.src)), make) : make();
}

/** The hero photo as feeds and share metadata carry it. */
export function heroRendition(story: Story<ImageMetadata>): Promise<Rendition> | undefined {
  const hero = story.image;
  return hero && cardRendition(hero.src, { alt: hero.alt, caption: hero.caption, credit: hero.credit });
}

/** Where a story's generated share card is published: beside its page. */
export const cardPath = (story: Pick<Story<unknown>, 'path'>): string => `${story.path}card.png`;

/** The story's share card: the editor's own `socialImage`, or the card the build draws. */
export async function shareCard(story: Story<ImageMetadata>, socialImage: ImageMetadata | undefined): Promise<DescribedImage> {
  const alt = `${story.section.title}: ${story.title}`;
  if (socialImage) return cardRendition(socialImage, { alt });
  return { url: absoluteUrl(cardPath(story), site), type: 'image/png', ...cardSize, alt };
}

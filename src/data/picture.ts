/**
 * An `<img>` made in route data instead of in a page render: the same
 * attributes, in the same order, as Astro's `<Image>` component writes for the
 * same options, for a component to render as a plain `<img>` from its props.
 *
 * Why: every `getImage()` (and so every `<Image>`) run inside a page render is
 * recorded into that page's entry of Astro's incremental-build manifest, one
 * record per transform per page, so a thumbnail shown on a hundred list pages
 * is recorded a hundred times. `getStaticPaths` runs outside any render, on
 * every build, so its transforms are registered for the image step of every
 * build and recorded in no page's entry, while their URLs in the page's props
 * still make its cacheKey.
 */
import type { ImageMetadata } from 'astro';
import { getImage, imageConfig } from 'astro:assets';

/** What `<img>` is written from: its `src`, and every other attribute as `<Image>` would write it. */
export interface Picture {
  src: string;
  attributes: Record<string, string | number | boolean | undefined>;
}

export type PictureOptions = Omit<Parameters<typeof getImage>[0], 'src'> & { src: ImageMetadata; alt: string };

/** Keyed by source image and options: a picture shown on many pages is made once. */
const pictures = new Map<string, Promise<Picture>>();

/** The `<img>` that `<Image {...options} />` writes; its `class` stays with the component that renders it. */
export function picture(options: PictureOptions): Promise<Picture> {
  const key = JSON.stringify({ ...options, src: options.src.src });
  let made = pictures.get(key);
  if (!made) {
    made = makePicture(options);
    pictures.set(key, made);
  }
  return made;
}

async function makePicture(options: PictureOptions): Promise<Picture> {
  // As astro/components/Image.astro fills in the options before calling getImage().
  const props = { ...options };
  if ((props.layout ?? imageConfig.layout ?? 'none') !== 'none') {
    props.layout ??= imageConfig.layout;
    props.fit ??= imageConfig.objectFit ?? 'cover';
    props.position ??= imageConfig.objectPosition ?? 'center';
  } else if (imageConfig.objectFit || imageConfig.objectPosition) {
    props.fit ??= imageConfig.objectFit;
    props.position ??= imageConfig.objectPosition;
  }
  const image = await getImage(props);
  return { src: image.src, attributes: { ...(image.srcSet.values.length > 0 && { srcset: image.srcSet.attribute }), ...image.attributes } };
}

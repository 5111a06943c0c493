/**
 * Check rule: an image a story, bio or hero uses is a real image file inside
 * the content tree, of a size phones can open.
 *
 * A path through `../` or a symbolic link could publish any file the build
 * machine can read; a 20,000 × 20,000 picture would be published unresized,
 * as the image service gives up on it, and stops the build naming no file.
 */
import { closeSync, openSync, readSync, realpathSync } from 'node:fs';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import { imageSize } from 'image-size';
import { imageProblem } from './image-problem.ts';

/**
 * The bytes image-size reads a size from: the file's first 512 KiB, as its own
 * `imageSizeFromFile` reads. A photo desk's pictures are megabytes each, and
 * the check runs over the whole archive on every build. One buffer serves
 * every read: a fresh 512 KiB per image kept the garbage collector busy.
 */
const head = new Uint8Array(512 * 1024);

function imageHead(path: string): Uint8Array {
  const file = openSync(path, 'r');
  try {
    return head.subarray(0, readSync(file, head, 0, head.length, 0));
  } finally {
    closeSync(file);
  }
}

/** Why `path` is not an image the site may publish, or undefined when it is one. */
export function imageFileProblem(path: string, contentRoot: string, maxPixels: number): string | undefined {
  const name = basename(path);
  const inside = relative(contentRoot, path);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return `image ${name} is outside the content folder`;
  const missing = imageProblem(path);
  if (missing) return missing;
  if (realpathSync.native(path) !== join(realpathSync.native(contentRoot), inside))
    return `image ${name} is a symbolic link, or in a linked folder`;
  let size: { width?: number; height?: number };
  try {
    size = imageSize(imageHead(path));
  } catch {
    return `${name} is not a JPEG, PNG, GIF, WebP or AVIF image that can be read`;
  }
  const pixels = (size.width ?? 0) * (size.height ?? 0);
  if (pixels > maxPixels)
    return `image ${name} is ${size.width} × ${size.height} pixels, over the limit of ${(maxPixels / 1e6).toLocaleString('en')} megapixels`;
  return undefined;
}


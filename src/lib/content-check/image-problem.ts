import { closeSync, openSync, readSync } from 'node:fs';

const imageSignatures: Array<[string, (bytes: Buffer) => boolean]> = [
  ['JPEG', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['PNG', (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['GIF', (b) => b.subarray(0, 4).toString('latin1') === 'GIF8'],
  ['WebP', (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP'],
  ['AVIF', (b) => b.subarray(4, 12).toString('latin1').startsWith('ftypavi')],
];

/** Why a path is not a usable image, or undefined when it is one. Reads the first bytes, not the extension. */
export function imageProblem(path: string): string | undefined {
  const bytes = Buffer.alloc(16);
  try {
    const descriptor = openSync(path, 'r');
    readSync(descriptor, bytes, 0, bytes.length, 0);
    closeSync(descriptor);
  } catch {
    return `image file ${path.replace(/^.*[\\/]/, '')} does not exist beside the article`;
  }
  return imageSignatures.some(([, matches]) => matches(bytes)) ? undefined : `${path.replace(/^.*[\\/]/, '')} is not a JPEG, PNG, GIF, WebP or AVIF image`;
}

/**
 * Share images stay under the size messengers still preview: WhatsApp shows
 * no picture above about 300 KB. A photo is encoded at the best JPEG quality
 * that fits; most fit at the first, a noisy, detailed one steps down.
 */

export const shareImageMaxBytes = 300_000;

/** JPEG qualities tried for a share image, best first. */
export const shareJpegQualities: readonly number[] = [80, 70, 60, 50, 40, 30];

/** The first of `qualities` whose encoding fits in `maxBytes`, with its bytes; the last one's when none fits. */
export async function fittingJpeg(
  encode: (quality: number) => Promise<Buffer>,
  qualities: readonly number[] = shareJpegQualities,
  maxBytes: number = shareImageMaxBytes,
): Promise<{ quality: number; bytes: Buffer }> {
  let last: { quality: number; bytes: Buffer } | undefined;
  for (const quality of qualities) {
    last = { quality, bytes: await encode(quality) };
    if (last.bytes.byteLength <= maxBytes) return last;
  }
  if (!last) throw new Error('Broadsheet: no JPEG quality to try');
  return last;
}

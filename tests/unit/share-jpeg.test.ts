import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fittingJpeg, shareImageMaxBytes } from '../../src/lib/share-jpeg.ts';

/** A 1200×630 photo of pure noise: the worst case for JPEG, far over 300 KB at quality 80. */
const noise = Buffer.from(Array.from({ length: 1200 * 630 * 3 }, (_, index) => (index * 2_654_435_761) >>> 24));
const encodeNoise = (quality: number) => sharp(noise, { raw: { width: 1200, height: 630, channels: 3 } }).jpeg({ quality }).toBuffer();
const smooth = (quality: number) =>
  sharp({ create: { width: 1200, height: 630, channels: 3, background: '#3a6ea5' } })
    .jpeg({ quality })
    .toBuffer();

describe('fittingJpeg', () => {
  it('keeps the best quality when it fits', async () => {
    const tried: number[] = [];
    const { quality } = await fittingJpeg((q) => (tried.push(q), smooth(q)));
    expect(quality).toBe(80);
    expect(tried).toEqual([80]);
  });

  it('steps down until a noisy photo fits under the share-image limit', async () => {
    expect((await encodeNoise(80)).byteLength).toBeGreaterThan(shareImageMaxBytes);
    const { quality, bytes } = await fittingJpeg(encodeNoise);
    expect(quality).toBeLessThan(80);
    expect(bytes.byteLength).toBeLessThanOrEqual(shareImageMaxBytes);
    expect(bytes).toEqual(await encodeNoise(quality));
  });

  it('gives the lowest quality’s bytes when none fits', async () => {
    const { quality, bytes } = await fittingJpeg(encodeNoise, [90, 85], 1000);
    expect(quality).toBe(85);
    expect(bytes.byteLength).toBeGreaterThan(1000);
  });
});

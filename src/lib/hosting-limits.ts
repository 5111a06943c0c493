import type { DistSize } from './dist-size.ts';

/**
 * Hosts' limits that a news archive outgrows: past them, deploy to object
 * storage behind a CDN (`npm run deploy`).
 */
export const hostingLimits = [
  { host: 'GitHub Pages', limit: 'a published site of at most 1 GB', measure: 'bytes', max: 1_000_000_000 },
  { host: 'Cloudflare (Pages and Workers static assets)', limit: 'at most 20,000 files on the free plan', measure: 'files', max: 20_000 },
] as const;

const formatter = new Intl.NumberFormat('en');

/** `1,234 files, 56.7 MB`. */
export function distSizeLine({ files, bytes }: DistSize): string {
  return `${formatter.format(files)} ${files === 1 ? 'file' : 'files'}, ${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** One warning for each host's limit the build passes, naming the limit. */
export function hostingLimitWarnings(size: DistSize): string[] {
  return hostingLimits
    .filter(({ measure, max }) => size[measure] > max)
    .map(({ host, limit }) => `too large for ${host}, which serves ${limit}: deploy to object storage instead (npm run deploy)`);
}

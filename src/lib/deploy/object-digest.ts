import { createHash } from 'node:crypto';

/**
 * What identifies an object in the bucket: its bytes and the headers a deploy
 * sets on it. Kept with every object (metadata `digest`) and in the bucket's
 * deploy manifest; a changed header setting sends the files again, like changed
 * bytes. A redirect location counts only where there is one, so the digests of
 * all other objects stay those earlier deploys recorded.
 */
export function objectDigest(bytes: Uint8Array, contentType: string, cacheControl: string, redirectLocation?: string): string {
  const redirect = redirectLocation === undefined ? '' : `redirect ${redirectLocation}\n`;
  return createHash('sha256').update(`${contentType}\n${cacheControl}\n${redirect}`).update(bytes).digest('hex');
}

import { createHash } from 'node:crypto';

/**
 * What identifies an object in the bucket: its bytes and the headers a deploy
 * sets on it. Kept with every object (metadata `digest`) and in the bucket's
 * deploy manifest; a changed header setting sends the files again, like changed bytes.
 */
export function objectDigest(bytes: Uint8Array, contentType: string, cacheControl: string): string {
  return createHash('sha256').update(`${contentType}\n${cacheControl}\n`).update(bytes).digest('hex');
}

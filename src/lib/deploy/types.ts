/** A file of the build, ready to compare with the bucket. */
export interface LocalFile {
  /** Relative to the build folder, with forward slashes; the object's key is the prefix and this. */
  path: string;
  size: number;
  contentType: string;
  cacheControl: string;
  /** A story's path (with the base path) when this is a redirect page at one of its aliases: the object's `x-amz-website-redirect-location`. */
  redirectLocation?: string;
  /** objectDigest() of its bytes and headers. */
  digest: string;
}

/** An object as a bucket listing shows it (no metadata: that takes a request per object). */
export interface ListedObject {
  path: string;
  size: number;
  /** Opaque, but changes whenever the object is written with other bytes. */
  etag: string;
}

/**
 * The deploy manifest kept in the bucket: each object's digest and the ETag it
 * had when the digest was recorded. Read as a hint only: an entry counts while
 * the object's ETag in the listing is still the recorded one.
 */
export type Manifest = Record<string, { digest: string; etag: string }>;

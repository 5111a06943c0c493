/**
 * The few S3 requests a deploy makes, through the AWS SDK's S3 client, which
 * speaks to every S3-compatible store (Amazon S3, Cloudflare R2, Backblaze B2,
 * Google Cloud Storage, MinIO).
 */
import { createHash } from 'node:crypto';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
  paginateListObjectsV2,
} from '@aws-sdk/client-s3';
import type { ListedObject, LocalFile, Manifest } from './types.ts';

export interface BucketTarget {
  client: S3Client;
  bucket: string;
  /** Key prefix, empty or ending in `/` (bucketPrefix()). */
  prefix: string;
}

export interface ClientSettings {
  region: string;
  /** Absent for Amazon S3; any other store is reached at its endpoint, by path (`endpoint/bucket/key`). */
  endpoint?: string;
}

/** The manifest's name below the prefix; never a file of the build, which has no dot files. */
export const manifestName = '.broadsheet-deploy.json';

/**
 * A client for the store. Credentials come from the SDK's usual chain
 * (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or a role). Checksums only
 * where S3 requires them: several S3-compatible stores reject or store verbatim
 * the SDK's default streamed checksums; Content-MD5 guards each upload instead.
 */
export function s3Client({ region, endpoint }: ClientSettings): S3Client {
  return new S3Client({
    region,
    ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/** ETags come quoted from some requests and stores and bare from others. */
const bareEtag = (etag: string | undefined) => (etag ?? '').replace(/^"|"$/g, '');

/** Every object below the prefix but the manifest, by path below the prefix. */
export async function listObjects({ client, bucket, prefix }: BucketTarget): Promise<ListedObject[]> {
  const objects: ListedObject[] = [];
  for await (const page of paginateListObjectsV2({ client }, { Bucket: bucket, Prefix: prefix })) {
    for (const object of page.Contents ?? []) {
      const path = object.Key!.slice(prefix.length);
      if (path !== manifestName) objects.push({ path, size: object.Size ?? 0, etag: bareEtag(object.ETag) });
    }
  }
  return objects;
}

/** The digest an object was uploaded with (its `digest` metadata), if any. */
export async function storedDigest({ client, bucket, prefix }: BucketTarget, path: string): Promise<string | undefined> {
  try {
    const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: prefix + path }));
    return head.Metadata?.digest;
  } catch (error) {
    if (error instanceof NotFound) return undefined;
    throw error;
  }
}

/** Uploads one file's bytes with its headers (and redirect location) and digest; resolves to the new object's ETag. */
export async function putObject({ client, bucket, prefix }: BucketTarget, file: LocalFile, bytes: Buffer): Promise<string> {
  const result = await client.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: prefix + file.path,
      Body: bytes,
      ContentLength: bytes.length,
      ContentMD5: createHash('md5').update(bytes).digest('base64'),
      ContentType: file.contentType,
      CacheControl: file.cacheControl,
      // A bucket served as a website answers a request for a redirect page with a 301 to the story.
      WebsiteRedirectLocation: file.redirectLocation,
      Metadata: { digest: file.digest },
    }),
  );
  return bareEtag(result.ETag);
}

export async function deleteObject({ client, bucket, prefix }: BucketTarget, path: string): Promise<void> {
  await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: prefix + path }));
}

/** The manifest the last deploy wrote, or an empty one (none yet, or unreadable: every object is then checked). */
export async function readManifest({ client, bucket, prefix }: BucketTarget): Promise<Manifest> {
  try {
    const result = await client.send(new GetObjectCommand({ Bucket: bucket, Key: prefix + manifestName }));
    const parsed = JSON.parse((await result.Body?.transformToString()) ?? '') as { version?: number; objects?: Manifest };
    return parsed.version === 1 && parsed.objects ? parsed.objects : {};
  } catch (error) {
    if (error instanceof NoSuchKey || error instanceof SyntaxError) return {};
    throw error;
  }
}

export async function writeManifest({ client, bucket, prefix }: BucketTarget, objects: Manifest): Promise<void> {
  const body = Buffer.from(JSON.stringify({ version: 1, objects }));
  await client.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: prefix + manifestName,
      Body: body,
      ContentLength: body.length,
      ContentType: 'application/json',
      CacheControl: 'no-store',
    }),
  );
}

/** The bucket and prefix the settings name, with a client for its store. */
export function bucketTargetFor(settings: ClientSettings & { bucket: string; prefix: string }): BucketTarget {
  return { client: s3Client(settings), bucket: settings.bucket, prefix: settings.prefix };
}

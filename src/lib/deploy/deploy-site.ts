/**
 * Brings a bucket to the state of a build: sends the files whose digest the
 * bucket does not hold, in phases (uploadPhases), then deletes the objects the
 * build no longer has, then records what the bucket holds in its manifest.
 *
 * Stopped at any point, by a failure or a kill, the bucket holds whole objects
 * only, each with its own digest, and the next run finishes the job: it trusts
 * the manifest only for objects whose ETag is unchanged, reads the digest of the
 * others of the right size, and deletes by the listing, not by the manifest.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { deleteObject, listObjects, manifestName, putObject, readManifest, storedDigest, writeManifest, type BucketTarget } from './bucket.ts';
import { deployPlan } from './deploy-plan.ts';
import type { DeployCounts } from './deploy-summary.ts';
import { filesToVerify } from './files-to-verify.ts';
import { knownDigests } from './known-digests.ts';
import { localFiles } from './local-files.ts';
import { objectDigest } from './object-digest.ts';
import type { Manifest } from './types.ts';

export interface DeployOptions {
  outDir: string;
  target: BucketTarget;
  /** Cache lifetime of everything but fingerprinted files (site setting `pageCacheSeconds`). */
  shortCacheSeconds: number;
  /** Requests in flight at once. */
  concurrency: number;
  /** Only list what would be sent and deleted. */
  dryRun: boolean;
  /** Prints one line of progress. */
  log: (line: string) => void;
}

export interface DeployResult extends DeployCounts {
  /** Keys whose upload or deletion failed, and the manifest's if writing it failed. */
  failedKeys: string[];
  /** Uploads and deletions not tried because an earlier phase failed. */
  postponed: number;
  /** Paths below the build folder that were uploaded or deleted. */
  changed: string[];
}

const message = (error: unknown) => (error instanceof Error ? error.message || error.name : String(error));

export async function deploySite({ outDir, target, shortCacheSeconds, concurrency, dryRun, log }: DeployOptions): Promise<DeployResult> {
  const key = (path: string) => target.prefix + path;
  const limit = pLimit(concurrency);
  const [local, listing, manifest] = await Promise.all([localFiles(outDir, shortCacheSeconds), listObjects(target), readManifest(target)]);
  const known = knownDigests(listing, manifest);
  await Promise.all(
    filesToVerify(local, listing, known).map((file) =>
      limit(async () => {
        const digest = await storedDigest(target, file.path);
        if (digest) known.set(file.path, digest);
      }),
    ),
  );
  const plan = deployPlan(local, listing, known);
  const uploads = plan.phases.flat();
  if (dryRun) {
    for (const file of uploads) log(`upload ${key(file.path)}`);
    for (const path of plan.deletions) log(`delete ${key(path)}`);
    return { uploaded: uploads.length, deleted: plan.deletions.length, unchanged: plan.unchanged.length, failed: 0, failedKeys: [], postponed: 0, changed: [] };
  }

  const etags = new Map(listing.map((object) => [object.path, object.etag]));
  const recorded: Manifest = Object.fromEntries(plan.unchanged.map((file) => [file.path, { digest: file.digest, etag: etags.get(file.path)! }]));
  const failedKeys: string[] = [];
  const changed: string[] = [];
  let postponed = 0;
  const attempt = async (path: string, action: () => Promise<void>, done: string) => {
    try {
      await action();
      changed.push(path);
      log(`${done} ${key(path)}`);
    } catch (error) {
      failedKeys.push(key(path));
      log(`failed ${key(path)}: ${message(error)}`);
    }
  };
  // A phase starts only when every earlier one succeeded: no page goes up before its assets.
  for (const phase of plan.phases) {
    if (failedKeys.length > 0) {
      postponed += phase.length;
      continue;
    }
    await Promise.all(
      phase.map((file) =>
        limit(() =>
          attempt(
            file.path,
            async () => {
              // Digested again as sent, so the digest kept with the object is that of its bytes.
              const bytes = await readFile(join(outDir, file.path));
              const digest = objectDigest(bytes, file.contentType, file.cacheControl, file.redirectLocation);
              recorded[file.path] = { digest, etag: await putObject(target, { ...file, digest }, bytes) };
            },
            'upload',
          ),
        ),
      ),
    );
  }
  const uploaded = changed.length;
  if (failedKeys.length > 0) postponed += plan.deletions.length;
  else await Promise.all(plan.deletions.map((path) => limit(() => attempt(path, () => deleteObject(target, path), 'delete'))));

  try {
    await writeManifest(target, recorded);
  } catch (error) {
    failedKeys.push(key(manifestName));
    log(`failed ${key(manifestName)}: ${message(error)}`);
  }
  return {
    uploaded,
    deleted: changed.length - uploaded,
    unchanged: plan.unchanged.length,
    failed: failedKeys.length + postponed,
    failedKeys,
    postponed,
    changed,
  };
}

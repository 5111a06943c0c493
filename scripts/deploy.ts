/**
 * `npm run deploy [-- --dry-run]`: uploads the build in OUT_DIR (default dist/)
 * to an S3-compatible bucket, sending only the files that changed, assets before
 * the pages that use them, and deleting vanished files last; then tells the CDN
 * which paths changed. Settings come from the environment (see
 * src/lib/deploy/deploy-settings.ts). Exits 1 when anything failed, after
 * listing the failed keys; running it again finishes the job.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bucketTargetFor } from '../src/lib/deploy/bucket.ts';
import { deploySettings, type DeploySettings } from '../src/lib/deploy/deploy-settings.ts';
import { deploySite } from '../src/lib/deploy/deploy-site.ts';
import { deploySummary } from '../src/lib/deploy/deploy-summary.ts';
import { purgeCdn } from '../src/lib/deploy/purge-cdn.ts';
import { purgePaths } from '../src/lib/deploy/purge-paths.ts';
import { outDir } from '../src/lib/out-dir.ts';
import { site } from '../src/site.config.ts';

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const unknown = args.filter((arg) => arg !== '--dry-run');

let settings: DeploySettings;
try {
  if (unknown.length > 0) throw new Error(`Unknown argument ${unknown.join(' ')}: the only option is --dry-run`);
  // A wrong or empty folder would otherwise empty the bucket.
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`No build in ${outDir}/ (no index.html): run npm run build first`);
  settings = deploySettings(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const where = `s3://${settings.bucket}/${settings.prefix}${settings.endpoint ? ` at ${settings.endpoint}` : ''}`;
console.log(`${dryRun ? 'Dry run, nothing is sent: deploying' : 'Deploying'} ${outDir}/ to ${where}`);
const result = await deploySite({
  outDir,
  target: bucketTargetFor(settings),
  shortCacheSeconds: site.pageCacheSeconds,
  concurrency: settings.concurrency,
  dryRun,
  log: (line) => console.log(line),
}).catch((error: Error) => {
  console.error(`Deploy failed before sending anything: ${error.message}`);
  process.exit(1);
});

let purgeFailed = false;
const paths = purgePaths(result.changed, site.basePath);
if (paths.length > 0 && (settings.purgeCommand || settings.purgeUrl)) {
  try {
    await purgeCdn(paths, { command: settings.purgeCommand, url: settings.purgeUrl });
    console.log(`purged ${paths.length} ${paths.length === 1 ? 'path' : 'paths'} from the CDN`);
  } catch (error) {
    purgeFailed = true;
    console.log(`purge failed: ${(error as Error).message}`);
  }
}
if (result.failed > 0) {
  console.log(`Not finished: ${result.failedKeys.length} failed (${result.failedKeys.join(', ')}), ${result.postponed} not tried; run npm run deploy again to finish.`);
}
console.log(`${dryRun ? 'dry run: ' : ''}${deploySummary(result)}`);
process.exitCode = result.failed > 0 || purgeFailed ? 1 : 0;

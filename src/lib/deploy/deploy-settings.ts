import { bucketPrefix } from './bucket-prefix.ts';

/** Where and how `npm run deploy` sends the build, from the environment. */
export interface DeploySettings {
  bucket: string;
  /** Absent for Amazon S3. */
  endpoint?: string;
  region: string;
  /** Key prefix, empty or ending in `/`. */
  prefix: string;
  /** Requests in flight at once. */
  concurrency: number;
  /** A shell command that reads the changed URL paths on stdin, one a line. */
  purgeCommand?: string;
  /** A URL that is POSTed the changed URL paths as a JSON array. */
  purgeUrl?: string;
}

/** The settings in `env`, or an error naming every variable that is missing or wrong. */
export function deploySettings(env: Record<string, string | undefined>): DeploySettings {
  const problems: string[] = [];
  if (!env.DEPLOY_S3_BUCKET) problems.push('DEPLOY_S3_BUCKET is not set: name the bucket to deploy to');
  const concurrency = Number(env.DEPLOY_CONCURRENCY || 8);
  if (!Number.isInteger(concurrency) || concurrency < 1) problems.push(`DEPLOY_CONCURRENCY must be a whole number from 1, not "${env.DEPLOY_CONCURRENCY}"`);
  for (const name of ['DEPLOY_S3_ENDPOINT', 'DEPLOY_PURGE_URL'] as const) {
    if (env[name] && !URL.canParse(env[name])) problems.push(`${name} must be a URL, not "${env[name]}"`);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return {
    bucket: env.DEPLOY_S3_BUCKET!,
    endpoint: env.DEPLOY_S3_ENDPOINT || undefined,
    // Amazon S3's default region; Cloudflare R2 wants `auto`.
    region: env.DEPLOY_S3_REGION || 'us-east-1',
    prefix: bucketPrefix(env.DEPLOY_S3_PREFIX),
    concurrency,
    purgeCommand: env.DEPLOY_PURGE_COMMAND || undefined,
    purgeUrl: env.DEPLOY_PURGE_URL || undefined,
  };
}

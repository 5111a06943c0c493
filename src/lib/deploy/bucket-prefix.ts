/** DEPLOY_S3_PREFIX as a key prefix: `site`, `/site/` and `site/` all give `site/`; nothing gives `` (the whole bucket). */
export function bucketPrefix(setting: string | undefined): string {
  const trimmed = (setting ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `${trimmed}/` : '';
}

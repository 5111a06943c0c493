export interface DeployCounts {
  uploaded: number;
  deleted: number;
  unchanged: number;
  /** Uploads and deletions that failed, or were not tried because an earlier phase failed. */
  failed: number;
}

/** The last line of `npm run deploy`: `uploaded 3, deleted 1, unchanged 96` (and `, failed 2` when some did). */
export function deploySummary({ uploaded, deleted, unchanged, failed }: DeployCounts): string {
  return `uploaded ${uploaded}, deleted ${deleted}, unchanged ${unchanged}${failed > 0 ? `, failed ${failed}` : ''}`;
}

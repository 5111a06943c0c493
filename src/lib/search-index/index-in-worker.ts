/**
 * Indexing jobs, each in a worker thread with its own Pagefind process
 * (index-worker.ts), a few at a time.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import type { BundleJob } from './bundle-index.ts';
import type { VocabularyPartJob } from './vocabulary-index.ts';

export type IndexJob = BundleJob | VocabularyPartJob;

/**
 * Jobs at once, one Pagefind process each: one per core, at most two.
 * Pagefind indexes on one core, and two of the largest bundles' processes
 * stay well under what Astro's build needs; a 2-core, 8 GB runner is the target.
 */
const jobsAtOnce = Math.min(2, availableParallelism());

function indexInWorker(job: IndexJob): Promise<void> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./index-worker.ts', import.meta.url), { workerData: job });
    worker.on('error', fail);
    worker.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`indexing ${job.kind === 'bundle' ? `search bundle ${job.bundle}` : `vocabulary part ${job.shard}`} stopped (exit ${code})`)),
    );
  });
}

/** Runs every job, each in a worker thread, `jobsAtOnce` at a time. */
export async function indexInWorkers(jobs: IndexJob[]): Promise<void> {
  const limit = pLimit(jobsAtOnce);
  await Promise.all(jobs.map((job) => limit(() => indexInWorker(job))));
}

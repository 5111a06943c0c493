/**
 * Indexes one bundle (`workerData`, a BundleJob) in a worker thread: each
 * thread loads Pagefind's module anew, so each gets a Pagefind process of its
 * own, and bundles are indexed side by side on several cores. A failure
 * reaches the thread's `error` event.
 */
import { workerData } from 'node:worker_threads';
import { indexBundle, type BundleJob } from './bundle-index.ts';

await indexBundle(workerData as BundleJob);

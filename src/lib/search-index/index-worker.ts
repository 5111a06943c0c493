/**
 * Runs one indexing job (`workerData`: a bundle or a vocabulary part) in a
 * worker thread: each thread loads Pagefind's module anew, so each gets a
 * Pagefind process of its own, and jobs run side by side on several cores.
 * A failure reaches the thread's `error` event.
 */
import { workerData } from 'node:worker_threads';
import { indexBundle } from './bundle-index.ts';
import type { IndexJob } from './index-in-worker.ts';
import { indexVocabularyPart } from './vocabulary-index.ts';

const job = workerData as IndexJob;
await (job.kind === 'bundle' ? indexBundle(job) : indexVocabularyPart(job));

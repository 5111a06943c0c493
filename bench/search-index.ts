/**
 * `npm run bench:search -- --dist <built site> [--cache <folder>] [--single]`:
 * indexes the story pages of an already built site for search, as the build
 * does (src/lib/search-index/), and prints the seconds, the bundles
 * and the peak resident memory of this process and of each Pagefind process it
 * started (the kernel's high-water mark, polled). `--single` indexes every page
 * into one index instead, as builds did before bundles, for comparison.
 * Build the site first, e.g. with `npm run bench -- --articles 10000`, and pass its dist;
 * the bundles are cached in tests/.builds/search-bench/cache unless `--cache` says otherwise.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { filesBelow } from '../tests/build/site-build.ts';
import { processTable } from './process-table.ts';
import { writeSearchIndex } from '../src/lib/search-index/write-search-index.ts';

const { values } = parseArgs({ options: { dist: { type: 'string' }, cache: { type: 'string' }, single: { type: 'boolean', default: false } } });
if (!values.dist) throw new Error('--dist <built site> is required');
const outDir = resolve(values.dist);
const cacheDir = resolve(values.cache ?? 'tests/.builds/search-bench/cache');

/** Peak RSS in KiB of every process this one started, by pid, while they live. */
const childPeaks = new Map<number, { name: string; peakKb: number }>();
function poll() {
  for (const [pid, entry] of processTable()) if (entry.ppid === process.pid) childPeaks.set(pid, { name: entry.name, peakKb: Math.max(entry.hwmKb, childPeaks.get(pid)?.peakKb ?? 0) });
}
const timer = setInterval(poll, 100);
const mib = (kb: number) => `${(kb / 1024).toFixed(0)} MiB`;
const started = performance.now();

if (values.single) {
  const { index } = await pagefind.createIndex();
  await index!.addDirectory({ path: outDir, glob: '**/[0-9][0-9][0-9][0-9]/*/*/*/index.html' });
  await index!.writeFiles({ outputPath: join(outDir, 'pagefind-single') });
  poll();
  await pagefind.close();
  console.log(`one index: ${((performance.now() - started) / 1000).toFixed(1)} s`);
} else {
  const result = await writeSearchIndex(outDir, cacheDir, resolve('package-lock.json'));
  poll();
  console.log(`${result.pages} stories in ${result.indexed.length + result.reused.length} bundles, ${((performance.now() - started) / 1000).toFixed(1)} s; indexed ${result.indexed.length}, reused ${result.reused.length}`);
  const sizes = (folder: string) => filesBelow(join(outDir, 'pagefind', folder)).reduce((sum, file) => sum + readFileSync(join(outDir, 'pagefind', folder, file)).length, 0);
  const bundles = [...result.indexed, ...result.reused].sort();
  console.log(`bundle sizes: ${bundles.map((bundle) => `${bundle} ${(sizes(bundle) / 2 ** 20).toFixed(1)} MiB`).join(', ')}`);
}
clearInterval(timer);
const peaks = [...childPeaks.values()];
console.log(`peak RSS: this process ${mib(processTable().get(process.pid)?.hwmKb ?? 0)}; largest child ${mib(Math.max(0, ...peaks.map((peak) => peak.peakKb)))} (${peaks.length} children: ${[...new Set(peaks.map((peak) => peak.name))].join(', ')})`);
console.log(`children's peaks, largest first: ${peaks.map((peak) => peak.peakKb).sort((a, b) => b - a).slice(0, 5).map(mib).join(', ')}`);

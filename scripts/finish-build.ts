/**
 * The build's last step, which `npm run build` runs once `astro build` has
 * exited: the search index (src/lib/search-index/), then the size of the whole
 * site, with a warning for each host's limit it passes.
 *
 * It runs in a process of its own because Astro's process keeps the memory of
 * its peak until it exits: with Pagefind indexing beside it, a 100,000-story
 * build needed more than 6 GiB (docs/performance.md).
 */
import { resolve } from 'node:path';
import { cacheDir } from '../src/lib/build-cache.ts';
import { distSize } from '../src/lib/dist-size.ts';
import { distSizeLine, hostingLimitWarnings } from '../src/lib/hosting-limits.ts';
import { outDir } from '../src/lib/out-dir.ts';
import { writeSearchIndex } from '../src/lib/search-index/write-search-index.ts';

const { pages, indexed, reused, vocabularyParts, ms } = await writeSearchIndex(outDir, cacheDir, resolve('package-lock.json'));
const stories = `${pages} ${pages === 1 ? 'story' : 'stories'}`;
const bundles = indexed.length + reused.length;
console.log(
  `search index: ${stories} in ${bundles} ${bundles === 1 ? 'bundle' : 'bundles'}; indexed ${indexed.length}${indexed.length ? ` (${indexed.join(', ')})` : ''}, reused ${reused.length} from the cache; vocabulary parts indexed ${vocabularyParts.indexed}, reused ${vocabularyParts.reused}`,
);
// For `npm run bench`, which reports where the search step's time went.
if (process.env.BROADSHEET_TIMINGS) console.log(`search index timings: ${Object.entries(ms).map(([part, time]) => `${part} ${Math.round(time)} ms`).join(', ')}`);

const size = distSize(outDir);
console.log(`build output: ${distSizeLine(size)}`);
for (const warning of hostingLimitWarnings(size)) console.warn(`warning: ${warning}`);

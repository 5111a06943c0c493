/**
 * `npm run bench -- --articles N` (default 1000): how fast Broadsheet builds a
 * newsroom's archive, compared in the same run with a plain Astro site
 * (bench/plain-astro) that builds one page per story of the same archive.
 *
 * 1. writes a deterministic archive of N stories (bench/archive.ts);
 * 2. cold build: empty output and cache folders; prints stories, pages written,
 *    wall time, ms per story, peak RSS (of Astro's process, and of the search
 *    step's with its Pagefind processes, which runs after Astro's has exited) and
 *    where the time went;
 * 3. rebuild with nothing changed, keeping the output and cache folders;
 * 4. rebuild after editing the body of one story, and lists the files whose bytes changed;
 * 5. rebuild after adding one update to the live story (the newest story, which has ten), and the same list;
 * 6. cold build of the plain Astro site, and Broadsheet's time as a ratio to it.
 *
 * After each cold build it prints the size of Astro's content store on disk
 * (`<cacheDir>/data-store.json`, which Astro also bundles as one string) and of
 * the rendered bodies kept beside it (src/loaders/bodies-on-disk.ts).
 *
 * Everything goes below tests/.builds/speed/bench-<N>[-<label>]/ (`--label`), with each build's log
 * (seconds since its start, then the line). Timings are wall
 * clock on whatever else the machine is doing: compare the ratio, not seconds.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { siteBuildSteps } from '../scripts/site-build.ts';
import { filesBelow } from '../tests/build/site-build.ts';
import { writeArchive } from './archive.ts';
import { processTable } from './process-table.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, label: { type: 'string', default: '' } } });
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 10) throw new Error('--articles must be a whole number of at least 10');

// A label keeps a second run of the same size apart, such as one beside a run of other code.
const work = resolve('tests/.builds/speed', `bench-${articles}${values.label ? `-${values.label}` : ''}`);
const contentDir = join(work, 'content');
const folders = (name: string) => ({ outDir: join(work, name, 'dist'), cacheDir: join(work, name, 'cache') });

interface LogLine {
  /** Milliseconds since the build started, stamped as the line arrived. */
  at: number;
  text: string;
}

interface Build {
  wallMs: number;
  /** The build's processes together at their largest: Astro's and all below it, then the search step's. */
  peakRssBytes: number;
  astroPeakRssBytes: number;
  /** The search step's own Node process (scripts/finish-build.ts), with Pagefind's processes apart. */
  searchStepPeakRssBytes: number;
  /** The largest process below a step's own, such as one of Pagefind's. */
  otherPeakRssBytes: number;
  /** When Astro's process exited and the search step began, in milliseconds since the build started. */
  astroExitedAt: number;
  lines: LogLine[];
  /** The build's exit status; only the plain Astro site may fail (bench/plain-astro fails near 50,000 stories). */
  status: number | null;
}

interface Step {
  wallMs: number;
  wholeKb: number;
  ownKb: number;
  otherKb: number;
  status: number | null;
}

/**
 * Runs one step of a build in a child process, stamping each log line (from
 * `startedAt`) into `lines` and measuring the peak RSS of the step's process and
 * every process below it together, polled, and the step's own and the largest
 * other process's high-water marks.
 */
async function runStep(args: string[], cwd: string, env: NodeJS.ProcessEnv, startedAt: number, lines: LogLine[]): Promise<Step> {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const start = performance.now();
  const peaks = { wholeKb: 0, ownKb: 0, otherKb: 0 };
  const poll = setInterval(() => {
    const table = processTable();
    const tree = [child.pid!];
    for (let at = 0; at < tree.length; at++) for (const [pid, entry] of table) if (entry.ppid === tree[at]) tree.push(pid);
    // A child between fork and exec still maps its parent's pages and runs its parent's executable: counting it would count the parent twice.
    // (Its name is the forking thread's, such as a worker's, so the name cannot tell.)
    const own = table.get(child.pid!);
    const entries = tree.flatMap((pid) => table.get(pid) ?? []).filter((entry, at) => at === 0 || entry.exe !== own?.exe);
    peaks.wholeKb = Math.max(peaks.wholeKb, entries.reduce((sum, entry) => sum + entry.rssKb, 0));
    peaks.ownKb = Math.max(peaks.ownKb, own?.hwmKb ?? 0);
    peaks.otherKb = Math.max(peaks.otherKb, ...entries.slice(1).map((entry) => entry.hwmKb));
  }, 100);
  for (const stream of [child.stdout, child.stderr])
    createInterface({ input: stream }).on('line', (text) => lines.push({ at: startedAt + performance.now() - start, text: text.replace(/\x1b\[[0-9;]*m/g, '') }));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(poll);
  return { wallMs: performance.now() - start, ...peaks, status };
}

/**
 * Runs a build's steps one after another, as `npm run build` does: Broadsheet's
 * are `astro build`, then the search step once Astro's process has exited
 * (scripts/site-build.ts); the plain Astro site's is `astro build` alone. The
 * whole build's peak RSS is the larger of the steps' peaks.
 */
async function timedBuild(name: string, steps: string[][], cwd: string, dirs: { outDir: string; cacheDir: string }, { mayFail = false } = {}): Promise<Build> {
  const env = { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: dirs.outDir, ASTRO_CACHE_DIR: dirs.cacheDir, ASTRO_TELEMETRY_DISABLED: '1', BROADSHEET_TIMINGS: '1', FORCE_COLOR: '0' };
  const lines: LogLine[] = [];
  const ran: Step[] = [];
  let wallMs = 0;
  for (const step of steps) {
    const result = await runStep(step, cwd, env, wallMs, lines);
    ran.push(result);
    wallMs += result.wallMs;
    if (result.status !== 0) break;
  }
  writeFileSync(join(work, `${name}.log`), lines.map((line) => `${(line.at / 1000).toFixed(3).padStart(9)} ${line.text}`).join('\n'));
  const status = ran.find((step) => step.status !== 0)?.status ?? 0;
  if (status !== 0 && !mayFail) {
    console.error(lines.slice(-40).map((line) => line.text).join('\n'));
    throw new Error(`build ${name} failed (exit ${status})`);
  }
  const kb = 1024;
  return {
    wallMs,
    peakRssBytes: Math.max(...ran.map((step) => step.wholeKb)) * kb,
    astroPeakRssBytes: ran[0]!.ownKb * kb,
    searchStepPeakRssBytes: (ran[1]?.ownKb ?? 0) * kb,
    otherPeakRssBytes: Math.max(...ran.map((step) => step.otherKb)) * kb,
    astroExitedAt: ran[0]!.wallMs,
    lines,
    status,
  };
}

/** Where a Broadsheet build's time went, from its log: Astro's phase lines, per-page times and BROADSHEET_TIMINGS. */
function phases(build: Build) {
  const at = (pattern: RegExp, from = 0) => build.lines.findIndex((line, index) => index >= from && pattern.test(line.text));
  const span = (startPattern: RegExp, endPattern: RegExp) => {
    const start = at(startPattern);
    const end = start < 0 ? -1 : at(endPattern, start + 1);
    return start < 0 || end < 0 ? 0 : build.lines[end]!.at - build.lines[start]!.at;
  };
  // Wall time by kind of page: the time since the previous page was logged goes to the page just logged.
  // (Astro's own "+N ms" per page overlap when it renders two pages at a time, so their sum overstates.)
  const pageTime = (filter: (path: string) => boolean) => {
    let sum = 0;
    let previous: number | undefined;
    for (const line of build.lines) {
      const match = /[├└]─ (\S+) \(/.exec(line.text);
      if (!match) continue;
      if (previous !== undefined && filter(match[1]!)) sum += line.at - previous;
      previous = line.at;
    }
    return sum;
  };
  const newsroom = build.lines.find((line) => line.text.includes('[broadsheet] newsroom'))?.text;
  const relatedMs = Number(/related index (\d+) ms/.exec(newsroom ?? '')?.[1] ?? 0);
  const routesMs = span(/generating static routes/, /Completed in/);
  const feedsMs = pageTime((path) => /\.(xml|json)$/.test(path));
  const cardsMs = pageTime((path) => path.endsWith('/card.png'));
  const firstLine = build.lines.find((line) => /\[content\]|\[build\]/.test(line.text))?.at ?? 0;
  return {
    // Astro's config setup, which runs the content check, ends when Astro logs its first phase.
    'start + check': firstLine,
    'content sync': span(/\[content\] Syncing content/, /\[content\] Synced content/),
    bundling: span(/Building static entrypoints/, /generating static routes/),
    'related index': relatedMs,
    'page rendering': Math.max(0, routesMs - feedsMs - cardsMs - relatedMs),
    feeds: feedsMs,
    'share cards': cardsMs,
    images: span(/generating optimized images/, /Completed in/),
    // The search step, from Astro's exit up to its report.
    'search index': Math.max(0, (build.lines.find((line) => line.text.startsWith('search index:'))?.at ?? 0) - build.astroExitedAt),
  };
}

function routeCounts(build: Build) {
  const routes = build.lines.filter((line) => line.text.includes('├─ /'));
  const reused = routes.filter((line) => /\((cached|restored)\)/.test(line.text)).length;
  return { written: routes.length - reused, reused };
}

function hashes(dir: string): Map<string, string> {
  return new Map(filesBelow(dir).map((file) => [file, createHash('sha1').update(readFileSync(join(dir, file))).digest('hex')]));
}

function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  const changed = [...after].filter(([file, hash]) => before.get(file) !== hash).map(([file]) => file);
  const removed = [...before.keys()].filter((file) => !after.has(file)).map((file) => `${file} (removed)`);
  return [...changed, ...removed].sort();
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const busy = () => `load average ${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores`;

/** The content store's bytes on disk, and the rendered bodies' files and bytes, in a build's cache folder. */
function contentStore(cacheDir: string) {
  const bodiesDir = join(cacheDir, 'rendered-bodies');
  const bodies = filesBelow(bodiesDir);
  return {
    storeBytes: statSync(join(cacheDir, 'data-store.json')).size,
    bodyFiles: bodies.length,
    bodyBytes: bodies.reduce((sum, file) => sum + statSync(join(bodiesDir, file)).size, 0),
  };
}

function reportStore(cacheDir: string) {
  const { storeBytes, bodyFiles, bodyBytes } = contentStore(cacheDir);
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
  console.log(`  content store ${mb(storeBytes)} (${(storeBytes / articles / 1024).toFixed(1)} KiB a story)${bodyFiles ? `, rendered bodies beside it ${mb(bodyBytes)} in ${bodyFiles} files` : ''}`);
}

function report(label: string, build: Build) {
  const { written, reused } = routeCounts(build);
  console.log(`\n${label}: ${seconds(build.wallMs)}, ${written} pages rendered${reused ? `, ${reused} reused from the cache` : ''}, peak RSS ${mib(build.peakRssBytes)} for the whole build (Astro ${mib(build.astroPeakRssBytes)}, search step ${mib(build.searchStepPeakRssBytes)}, largest child process ${mib(build.otherPeakRssBytes)}) (${busy()})`);
  const searchTimings = build.lines.find((line) => line.text.includes('search index timings:'))?.text;
  if (searchTimings) console.log(`  (${searchTimings.replace(/^.*search index timings: /, 'search index: ')})`);
}

console.log(`Broadsheet benchmark: ${articles} stories, ${cpus().length} cores, ${mib(totalmem())} RAM, Node ${process.version}, ${busy()}`);
const generated = performance.now();
const stories = await writeArchive(contentDir, articles);
console.log(`archive written to ${contentDir} in ${seconds(performance.now() - generated)}`);

// The newest story runs live with ten updates, so the bench can time adding an eleventh.
const live = stories.at(-1)!;
const liveStart = new Date(/^publishedAt: (\S+)$/m.exec(readFileSync(live.file, 'utf8'))![1]!);
const liveUpdate = (n: number) =>
  writeFileSync(join(live.file.replace(/\.md$/, ''), `update-${n}.md`), `---\nat: ${new Date(liveStart.getTime() + n * 60_000).toISOString()}\n---\nUpdate ${n} of the live story.\n`);
writeFileSync(live.file, readFileSync(live.file, 'utf8').replace(/^---\n/, '---\nlive: true\n'));
mkdirSync(live.file.replace(/\.md$/, ''), { recursive: true });
for (let n = 1; n <= 10; n++) liveUpdate(n);

// Build a snapshot of the code, so edits others make while the bench runs cannot
// change the site between the builds it compares.
const source = join(work, 'source');
rmSync(source, { recursive: true, force: true });
for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'])
  if (existsSync(entry)) cpSync(entry, join(source, entry), { recursive: true });
symlinkSync(resolve('node_modules'), join(source, 'node_modules'));
const broadsheetSteps = siteBuildSteps();

const broadsheet = folders('broadsheet');
rmSync(join(work, 'broadsheet'), { recursive: true, force: true });
const cold = await timedBuild('cold', broadsheetSteps, source, broadsheet);
const { written } = routeCounts(cold);
report('Broadsheet, cold build', cold);
console.log(`  stories ${articles}, pages written ${written}, ${(cold.wallMs / articles).toFixed(2)} ms per story`);
for (const [phase, ms] of Object.entries(phases(cold))) console.log(`  ${phase.padEnd(15)} ${seconds(ms).padStart(8)}  ${((100 * ms) / cold.wallMs).toFixed(0).padStart(3)}%`);
const newsroomLine = cold.lines.find((line) => line.text.includes('[broadsheet] newsroom'));
if (newsroomLine) console.log(`  (${newsroomLine.text.replace(/^.*\[broadsheet\] /, '')})`);
reportStore(broadsheet.cacheDir);
const coldStore = contentStore(broadsheet.cacheDir);

const afterCold = hashes(broadsheet.outDir);
const unchanged = await timedBuild('unchanged', broadsheetSteps, source, broadsheet);
report('Broadsheet, rebuild with nothing changed', unchanged);
const afterUnchanged = hashes(broadsheet.outDir);
const differing = changedFiles(afterCold, afterUnchanged);
console.log(`  files whose bytes changed: ${differing.length}${differing.length ? ` (${differing.slice(0, 5).join(', ')}${differing.length > 5 ? ', …' : ''})` : ''}`);

// A correction to one story from the middle of the archive: not on the home page or in the feed.
const edited = stories[Math.floor(articles / 2)]!;
writeFileSync(edited.file, readFileSync(edited.file, 'utf8').replace(/\n\n/, '\n\nCorrection: an earlier version of this story misstated a figure.\n\n'));
const afterEdit = await timedBuild('edit', broadsheetSteps, source, broadsheet);
report(`Broadsheet, rebuild after editing the body of ${edited.path}`, afterEdit);
const afterEditHashes = hashes(broadsheet.outDir);
const editChanges = changedFiles(afterUnchanged, afterEditHashes);
console.log(`  files whose bytes changed: ${editChanges.length}`);
for (const file of editChanges.slice(0, 20)) console.log(`    ${file}`);
if (editChanges.length > 20) console.log(`    … and ${editChanges.length - 20} more`);

// One more update of the live story: its page, updates.json and feed, and the fronts and feeds that list it, change.
liveUpdate(11);
const afterUpdate = await timedBuild('update', broadsheetSteps, source, broadsheet);
report(`Broadsheet, rebuild after adding one update to the live story ${live.path}`, afterUpdate);
const updateChanges = changedFiles(afterEditHashes, hashes(broadsheet.outDir));
console.log(`  files whose bytes changed: ${updateChanges.length}`);
for (const file of updateChanges.slice(0, 20)) console.log(`    ${file}`);
if (updateChanges.length > 20) console.log(`    … and ${updateChanges.length - 20} more`);

const plainDirs = folders('plain');
rmSync(join(work, 'plain'), { recursive: true, force: true });
const plain = await timedBuild('plain', [[resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', 'bench/plain-astro']], '.', plainDirs, { mayFail: true });
const plainFailed = plain.status !== 0;
if (plainFailed) {
  // Astro's own store fails near 50,000 stories (withastro/astro#13360): say how, and compare nothing.
  const error = plain.lines.findLast((line) => /error|Invalid string length|heap/i.test(line.text))?.text.trim() ?? `exit ${plain.status}`;
  console.log(`\nPlain Astro (one page per story), cold build: failed after ${seconds(plain.wallMs)}, peak RSS ${mib(plain.peakRssBytes)}: ${error}`);
} else {
  report('Plain Astro (one page per story), cold build', plain);
  reportStore(plainDirs.cacheDir);
  console.log(`\nBroadsheet cold build / plain Astro cold build: ${(cold.wallMs / plain.wallMs).toFixed(2)}×`);
}

const summary = {
  articles,
  pagesWritten: written,
  coldSeconds: cold.wallMs / 1000,
  msPerStory: cold.wallMs / articles,
  peakRssMiB: cold.peakRssBytes / 2 ** 20,
  astroPeakRssMiB: cold.astroPeakRssBytes / 2 ** 20,
  searchStepPeakRssMiB: cold.searchStepPeakRssBytes / 2 ** 20,
  indexerPeakRssMiB: cold.otherPeakRssBytes / 2 ** 20,
  contentStoreMiB: coldStore.storeBytes / 2 ** 20,
  renderedBodiesMiB: coldStore.bodyBytes / 2 ** 20,
  phasesSeconds: Object.fromEntries(Object.entries(phases(cold)).map(([phase, ms]) => [phase, ms / 1000])),
  unchangedSeconds: unchanged.wallMs / 1000,
  unchangedFilesChanged: differing.length,
  editSeconds: afterEdit.wallMs / 1000,
  editFilesChanged: editChanges,
  liveUpdateSeconds: afterUpdate.wallMs / 1000,
  liveUpdateFilesChanged: updateChanges,
  plainFailed,
  plainSeconds: plain.wallMs / 1000,
  plainPeakRssMiB: plain.peakRssBytes / 2 ** 20,
  ratio: plainFailed ? null : cold.wallMs / plain.wallMs,
  loadAverage: loadavg()[0],
};
writeFileSync(join(work, 'summary.json'), JSON.stringify(summary, null, 2));
console.log(`\nsummary: ${join(work, 'summary.json')}`);

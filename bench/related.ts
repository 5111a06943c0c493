/**
 * Related-articles benchmark: quality and speed on a synthetic archive.
 *
 *   npm run bench:related                      # sizes 1,000, 10,000 and 100,000
 *   npm run bench:related -- --sizes 1000,10000
 *   npm run bench:related -- --seed 7 --baselines 10000
 *   npm run bench:related -- --runs 5               # each size 5 times (default 3)
 *
 * Each size runs in a fresh child process, so peak RSS is that size's alone,
 * `--runs` times: the table gives the median build time and the range, since
 * other work on a 2-core machine slows single runs by a third or more.
 * The child generates the archive (not timed), then times building the index
 * and computing every story's list, then measures precision@5: the share of
 * related links whose story has the same hidden topic, overall and on the
 * stories without tags. With --baselines SIZE, that size also scores the
 * peers' approaches on the same archive, to show the archive is not trivial.
 * Prints figures; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildRelatedIndex, type RelatedOverrides } from '../src/lib/related/index.ts';
import { generateSyntheticArchive, type SyntheticStory } from './synthetic-archive.ts';

interface Args {
  sizes: number[];
  seed: number;
  baselines: number | undefined;
  runs: number;
  child: number | undefined;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { sizes: [1000, 10_000, 100_000], seed: 1, baselines: 10_000, runs: 3, child: undefined };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--sizes') args.sizes = value().split(',').map((s) => positive(s.replace(/_/g, ''), '--sizes'));
    else if (flag === '--seed') args.seed = positive(value(), '--seed');
    else if (flag === '--baselines') {
      const v = value();
      args.baselines = v === 'none' ? undefined : positive(v, '--baselines');
    } else if (flag === '--runs') args.runs = positive(value(), '--runs');
    else if (flag === '--child') args.child = positive(value(), '--child');
    else throw new Error(`unknown argument ${argv[i]} (use --sizes 1000,10000 --seed N --baselines SIZE|none --runs N)`);
  }
  return args;
}

function positive(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag}: expected a positive integer, got "${text}"`);
  return n;
}

interface Precision {
  overall: number;
  untagged: number;
  /** The best any list could do: topics smaller than count + 1 cannot fill a list. */
  ceiling: number;
}

function precisionAt(stories: readonly SyntheticStory[], relatedTo: (id: string) => string[], count: number): Precision {
  const topicOf = new Map(stories.map((s) => [s.id, s.topic]));
  const topicSize = new Map<string, number>();
  for (const s of stories) topicSize.set(s.topic, (topicSize.get(s.topic) ?? 0) + 1);
  let links = 0;
  let hits = 0;
  let untaggedLinks = 0;
  let untaggedHits = 0;
  let possible = 0;
  for (const story of stories) {
    const list = relatedTo(story.id);
    const same = list.filter((id) => topicOf.get(id) === story.topic).length;
    links += list.length;
    hits += same;
    possible += Math.min(list.length, topicSize.get(story.topic)! - 1);
    if (story.tags.length === 0) {
      untaggedLinks += list.length;
      untaggedHits += same;
    }
  }
  return { overall: hits / links, untagged: untaggedHits / untaggedLinks, ceiling: possible / links };
}

interface ChildResult {
  size: number;
  generateMs: number;
  buildMs: number;
  /** CPU time of the build. */
  buildCpuMs: number;
  /** The share of the machine's CPU time its hypervisor gave to others during the build (Linux guests; undefined elsewhere). */
  stealShare: number | undefined;
  maxRssMiB: number;
  rssBeforeBuildMiB: number;
  heapUsedMiB: number;
  arrayBuffersMiB: number;
  words: number;
  precision: Precision;
  baselines?: { name: string; precision: Precision }[];
}

const mib = (bytes: number) => bytes / 2 ** 20;

/** All CPUs' time counters from /proc/stat: total and stolen by the hypervisor; undefined where there is no such file. */
function cpuTimes(): { total: number; steal: number } | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is already counted in user)
    return { total: fields.slice(0, 8).reduce((sum, x) => sum + x, 0), steal: fields[7] ?? 0 };
  } catch {
    return undefined;
  }
}

function runChild(size: number, seed: number, baselines: boolean): ChildResult {
  let started = performance.now();
  const stories = generateSyntheticArchive(size, { seed });
  const generateMs = performance.now() - started;
  const words = stories.reduce((sum, s) => sum + s.body.split(/\s+/).length, 0) / stories.length;
  const rssBeforeBuildMiB = process.resourceUsage().maxRSS / 1024;
  // The generator's garbage is not the build's work: collect it before the clock starts (the child runs with --expose-gc).
  (globalThis as { gc?: () => void }).gc?.();

  started = performance.now();
  const timesBefore = cpuTimes();
  const cpuBefore = process.cpuUsage();
  const index = buildRelatedIndex(stories);
  const lists = new Map<string, string[]>();
  for (const story of stories) lists.set(story.id, index.relatedTo(story.id));
  const buildMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const buildCpuMs = (cpu.user + cpu.system) / 1000;
  const timesAfter = cpuTimes();
  const stealShare = timesBefore && timesAfter && timesAfter.total > timesBefore.total ? (timesAfter.steal - timesBefore.steal) / (timesAfter.total - timesBefore.total) : undefined;
  const memory = process.memoryUsage();
  const maxRssMiB = process.resourceUsage().maxRSS / 1024;

  const count = index.options.count;
  const result: ChildResult = {
    size,
    generateMs,
    buildMs,
    buildCpuMs,
    stealShare,
    maxRssMiB,
    rssBeforeBuildMiB,
    heapUsedMiB: mib(memory.heapUsed),
    arrayBuffersMiB: mib(memory.arrayBuffers),
    words,
    precision: precisionAt(stories, (id) => lists.get(id)!, count),
  };
  if (baselines) {
    const peers: [string, RelatedOverrides][] = [
      ['same section, nearest in time (Jekyll-like)', { weights: { text: 0, tags: 0, section: 1, recency: 1 } }],
      ['shared tags only, rarer count more (Hugo/Ghost-like)', { weights: { text: 0, tags: 1, section: 0, recency: 0.001 } }],
      ['text only', { weights: { text: 1, tags: 0, section: 0, recency: 0 } }],
    ];
    result.baselines = peers.map(([name, options]) => {
      const peer = buildRelatedIndex(stories, options);
      return { name, precision: precisionAt(stories, (id) => peer.relatedTo(id), count) };
    });
  }
  return result;
}

function spawnChild(size: number, args: Args, baselines: boolean): Promise<ChildResult> {
  const script = fileURLToPath(import.meta.url);
  const childArgs = [script, '--child', String(size), '--seed', String(args.seed), '--baselines', baselines ? String(size) : 'none'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', ...childArgs], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`size ${size}: child exited with ${code}`));
      resolve(JSON.parse(out.trim().split('\n').pop()!) as ChildResult);
    });
  });
}

const pct = (x: number) => x.toFixed(3);
const ms = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);
const pad = (text: string, width: number) => text.padStart(width);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** One size's runs as one row: median times, the range of build times, the largest memory figures (the lists are the same every run). */
interface SizeResult extends ChildResult {
  buildRange: [number, number];
}

function combine(runs: ChildResult[]): SizeResult {
  const builds = runs.map((r) => r.buildMs);
  return {
    ...runs[0]!,
    buildMs: median(builds),
    buildRange: [Math.min(...builds), Math.max(...builds)],
    buildCpuMs: median(runs.map((r) => r.buildCpuMs)),
    stealShare: runs.every((r) => r.stealShare !== undefined) ? median(runs.map((r) => r.stealShare!)) : undefined,
    maxRssMiB: Math.max(...runs.map((r) => r.maxRssMiB)),
    heapUsedMiB: Math.max(...runs.map((r) => r.heapUsedMiB)),
    arrayBuffersMiB: Math.max(...runs.map((r) => r.arrayBuffersMiB)),
    generateMs: median(runs.map((r) => r.generateMs)),
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.child !== undefined) {
    process.stdout.write(JSON.stringify(runChild(args.child, args.seed, args.baselines === args.child)) + '\n');
    return;
  }
  console.log(`related articles: synthetic archive, seed ${args.seed}; each size ${args.runs} ${args.runs === 1 ? 'time' : 'times'}, each in a fresh process (node ${process.version}, ${process.arch})`);
  console.log("build = index + every story's list, default options, one thread; generating the archive is not timed\n");
  console.log(
    [pad('stories', 8), pad('words', 6), pad('build', 9), pad('(range)', 15), pad('(cpu)', 9), pad('steal', 6), pad('peak RSS', 10), pad('(before)', 10), pad('heap', 9), pad('buffers', 9), pad('P@5', 7), pad('untagged', 9), pad('ceiling', 8), pad('generate', 10)].join(' '),
  );
  const results: SizeResult[] = [];
  for (const size of args.sizes) {
    const runs: ChildResult[] = [];
    for (let run = 0; run < args.runs; run++) runs.push(await spawnChild(size, args, run === 0 && args.baselines === size));
    const r = combine(runs);
    results.push(r);
    console.log(
      [
        pad(r.size.toLocaleString('en'), 8),
        pad(r.words.toFixed(0), 6),
        pad(ms(r.buildMs), 9),
        pad(`${ms(r.buildRange[0])}–${ms(r.buildRange[1])}`, 15),
        pad(ms(r.buildCpuMs), 9),
        pad(r.stealShare === undefined ? '–' : `${(100 * r.stealShare).toFixed(0)}%`, 6),
        pad(`${r.maxRssMiB.toFixed(0)} MiB`, 10),
        pad(`${r.rssBeforeBuildMiB.toFixed(0)} MiB`, 10),
        pad(`${r.heapUsedMiB.toFixed(0)} MiB`, 9),
        pad(`${r.arrayBuffersMiB.toFixed(0)} MiB`, 9),
        pad(pct(r.precision.overall), 7),
        pad(pct(r.precision.untagged), 9),
        pad(pct(r.precision.ceiling), 8),
        pad(ms(r.generateMs), 10),
      ].join(' '),
    );
  }
  console.log('\nbuild: median wall time over the runs (range: fastest–slowest); cpu: median CPU time');
  console.log("steal: median share of this virtual machine's CPU time during a build that its host gave to other work (/proc/stat); wall times grow with it");
  console.log('peak RSS: the largest process.resourceUsage().maxRSS after the build (before: after generating the archive); heap: V8 heap used; buffers: typed arrays');
  console.log(`machine load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (other processes slow the wall times)`);
  for (const r of results)
    if (r.baselines) {
      console.log(`\nbaselines on the ${r.size.toLocaleString('en')}-story archive (precision@5 overall / untagged):`);
      console.log(`  ${'this engine (defaults)'.padEnd(52)} ${pct(r.precision.overall)} / ${pct(r.precision.untagged)}`);
      for (const b of r.baselines) console.log(`  ${b.name.padEnd(52)} ${pct(b.precision.overall)} / ${pct(b.precision.untagged)}`);
    }
  const [small, large] = [results.find((r) => r.size === 10_000), results.find((r) => r.size === 100_000)];
  const quality = small ?? results[results.length - 1];
  if (quality) console.log(`\nprecision@5 (${quality.size.toLocaleString('en')} stories): overall ${pct(quality.precision.overall)}, untagged ${pct(quality.precision.untagged)}`);
  if (small && large) console.log(`scaling: 100,000 took ${(large.buildMs / small.buildMs).toFixed(1)}× the 10,000 time (medians)`);
}

await main();

/**
 * The build as `npm run build` runs it, for tests, benchmarks and reports that
 * build elsewhere (OUT_DIR, ASTRO_CACHE_DIR, CONTENT_DIR): `astro build`, then,
 * once Astro's process has exited, scripts/finish-build.ts.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Each step's Node arguments, as package.json's `build` script runs them, from the project's folder `root`. */
export function siteBuildSteps(root = '.'): string[][] {
  return [
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
    [join(root, 'scripts/finish-build.ts')],
  ];
}

export interface SiteBuildResult {
  /** The first failing step's exit status, or 0. */
  status: number | null;
  /** Every step's standard output, then its standard error. */
  output: string;
}

/** Runs the build's steps one after another with `env` added, stopping at the first that fails. */
export function runSiteBuild(env: Record<string, string>): SiteBuildResult {
  let output = '';
  for (const step of siteBuildSteps()) {
    const result = spawnSync(process.execPath, step, { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, maxBuffer: 256 * 2 ** 20 });
    output += `${result.stdout}\n${result.stderr}\n`;
    if (result.status !== 0) return { status: result.status, output };
  }
  return { status: 0, output };
}

/**
 * Builds into `tests/.builds/<name>/dist` with the cache beside it. The output folder starts empty, as on a CI
 * runner that restores only the cache, unless `keepOutput` keeps the last build's, as on an editor's machine.
 */
export function siteBuildInto(name: string, env: Record<string, string> = {}, { keepOutput = false } = {}): SiteBuildResult & { outDir: string } {
  const workDir = resolve('tests/.builds', name);
  const outDir = join(workDir, 'dist');
  if (!keepOutput) rmSync(outDir, { recursive: true, force: true });
  return { ...runSiteBuild({ OUT_DIR: outDir, ASTRO_CACHE_DIR: join(workDir, 'cache'), ...env }), outDir };
}

import { resolve } from 'node:path';

/** Where the build writes the site: OUT_DIR, or dist/. Tests and benchmarks build elsewhere. */
export const outDir = resolve(process.env.OUT_DIR ?? 'dist');

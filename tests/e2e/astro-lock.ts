/**
 * One Astro process on a content tree of a test's own at a time, across
 * Playwright's workers. Astro writes the image imports of the tree it reads to
 * the project's one `.astro/` folder, so a build beside `astro dev` on another
 * tree can bundle the other tree's imports and fail on its own images.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const lockFile = resolve('tests/.builds/astro-process.lock');

/** Whether process `pid` still runs; a lock left by a worker that died is taken over. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until no other worker runs Astro on a tree of its own, then holds the lock; call the result to let it go. */
export async function holdAstroLock(): Promise<() => void> {
  mkdirSync(dirname(lockFile), { recursive: true });
  for (;;) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // An empty file is a lock being written: its holder runs.
    const holder = Number(readFileSync(lockFile, 'utf8').trim() || process.pid);
    if (holder !== process.pid && !running(holder)) rmSync(lockFile, { force: true });
    else await sleep(250);
  }
}

/** Runs `run` (an Astro build) while holding the lock. */
export async function withAstroLock<T>(run: () => T): Promise<T> {
  const release = await holdAstroLock();
  try {
    return run();
  } finally {
    release();
  }
}

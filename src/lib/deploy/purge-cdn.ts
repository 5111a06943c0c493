import { spawn } from 'node:child_process';

export interface PurgeHooks {
  /** Run by the shell, with the paths on stdin, one a line (arguments would overflow with a large deploy). */
  command?: string;
  /** POSTed the paths as a JSON array of strings. */
  url?: string;
}

/** Tells the CDN to forget `paths` through each hook set; rejects with what failed. */
export async function purgeCdn(paths: string[], { command, url }: PurgeHooks): Promise<void> {
  if (command) {
    const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'] });
    const exit = new Promise<number | null>((done, fail) => child.on('error', fail).on('close', done));
    // A command that does not read its input must not fail the purge.
    child.stdin.on('error', () => {});
    child.stdin.end(paths.map((path) => `${path}\n`).join(''));
    const status = await exit;
    if (status !== 0) throw new Error(`DEPLOY_PURGE_COMMAND exited with ${status}`);
  }
  if (url) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(paths) });
    if (!response.ok) throw new Error(`DEPLOY_PURGE_URL answered ${response.status} ${response.statusText}`);
  }
}

import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** What the benchmarks read of a running process: name, executable, parent, resident memory and its high-water mark (KiB). */
export interface ProcessEntry {
  name: string;
  exe: string;
  ppid: number;
  rssKb: number;
  hwmKb: number;
}

/** Every running process by pid, from Linux's /proc. */
export function processTable(): Map<number, ProcessEntry> {
  const found = new Map<number, ProcessEntry>();
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
      found.set(Number(pid), { name: /Name:\s+(\S+)/.exec(status)?.[1] ?? '?', exe: readlinkSync(`/proc/${pid}/exe`), ppid: field('PPid'), rssKb: field('VmRSS'), hwmKb: field('VmHWM') });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return found;
}

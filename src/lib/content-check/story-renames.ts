import { spawnSync } from 'node:child_process';

/** A story file renamed in a commit, by paths relative to the articles folder. */
export interface StoryRename {
  from: string;
  to: string;
  /** When the renaming commit was made. */
  at: Date;
}

/**
 * Every story file renamed in the git history of `articlesDir`, newest first,
 * from one `git log`. A folder outside a git work tree, or no git, gives none:
 * the check then says nothing about renames.
 */
export function storyRenames(articlesDir: string): StoryRename[] {
  const result = spawnSync('git', ['-C', articlesDir, 'log', '-M', '--diff-filter=R', '--name-status', '--relative', '--format=%x00%cI', '--', '.'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  if (result.status !== 0 || !result.stdout) return [];
  const renames: StoryRename[] = [];
  let at = new Date(0);
  for (const line of result.stdout.split('\n')) {
    if (line.startsWith('\0')) at = new Date(line.slice(1));
    const [status, from, to] = line.split('\t');
    if (status?.startsWith('R') && from && to) renames.push({ from, to, at });
  }
  return renames;
}

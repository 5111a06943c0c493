/**
 * `npm run websub:ping`: after a deploy, pings the WebSub hub (WEBSUB_HUB, the
 * same setting that put the hub into the feeds) with every feed of the build in
 * OUT_DIR (default dist/). Exits 1 if the hub refuses any ping.
 */
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { feedTopics, publishPing } from '../src/lib/websub.ts';
import { outDir } from '../src/lib/out-dir.ts';
import { site } from '../src/site.config.ts';

if (!site.websubHub) {
  console.error('No hub to ping: set WEBSUB_HUB to the hub URL (and build with it, so the feeds name the hub).');
  process.exit(1);
}
const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(outDir, `${entry.parentPath}/${entry.name}`).replaceAll('\\', '/'));
let failed = 0;
for (const topic of feedTopics(files, site)) {
  const response = await fetch(site.websubHub, { method: 'POST', body: publishPing(topic) });
  console.log(`${response.ok ? 'pinged' : `refused (${response.status})`}  ${topic}`);
  if (!response.ok) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;

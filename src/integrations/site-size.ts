/**
 * Prints the size and file count of every build once it is complete, search
 * index included, and warns when the build passes a static host's limit.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { distSize } from '../lib/dist-size.ts';
import { distSizeLine, hostingLimitWarnings } from '../lib/hosting-limits.ts';

export default function siteSize(): AstroIntegration {
  return {
    name: 'broadsheet:site-size',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const size = await distSize(fileURLToPath(dir));
        logger.info(`build output: ${distSizeLine(size)}`);
        for (const warning of hostingLimitWarnings(size)) logger.warn(warning);
      },
    },
  };
}

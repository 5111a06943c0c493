/** Which Chromium the browser tests and the page reports drive, and how. */
import { existsSync } from 'node:fs';

/** Debian's Chromium where it is installed (CI, this machine); undefined means Playwright's own browser (a laptop). */
export const systemChromium = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

/** No background services: the network here is closed and they only add noise. */
export const quietChromiumFlags = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

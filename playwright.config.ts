import { defineConfig, devices } from '@playwright/test';
import { quietChromiumFlags, systemChromium } from './scripts/chromium.ts';

// E2E_PORT and OUT_DIR let a second build be tested beside the first.
const port = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath: systemChromium,
      args: quietChromiumFlags,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // --ignore-lock: builds tested side by side (E2E_PORT, OUT_DIR) each need their own preview server.
    command: `astro preview --port ${port} --ignore-lock`,
    env: { ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' },
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});

import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/helpers/chromium';

const port = Number(process.env.PORT ?? 4322);
const base = process.env.BASE_PATH ? `${process.env.BASE_PATH.replace(/\/$/, '')}/` : '/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // A guard against hangs, not a speed test: a loaded two-core CI machine runs axe or a PDF print several times slower.
  timeout: 90_000,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${port}${base}`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `npm run preview -- --port ${port}`,
    url: `http://localhost:${port}${base}en/`,
    // Never reuse: another worktree's server on the same port would serve another build.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});

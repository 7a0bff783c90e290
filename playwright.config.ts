import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './scripts/chromium';

/** End-to-end tests run against the static export in out/, served under a sub-path as on GitHub Pages. */
export const basePath = process.env.BASE_PATH || '/system-design-studio';
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${port}${basePath}/`,
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
    // The service worker precaches the whole export; only the offline and install tests need it.
    serviceWorkers: 'block',
  },
  webServer: {
    command: 'tsx scripts/serve.ts',
    env: { BASE_PATH: basePath, PORT: String(port) },
    url: `http://localhost:${port}${basePath}/`,
    reuseExistingServer: false,
  },
});

/**
 * Finds a Chromium to drive: PLAYWRIGHT_CHROMIUM_EXECUTABLE, then Debian's /usr/bin/chromium,
 * then Playwright's own download. Used by the diagram renderer and the end-to-end tests.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

export function chromiumExecutable(): string {
  const candidates = [
    process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    (() => {
      try {
        return chromium.executablePath();
      } catch {
        return undefined;
      }
    })(),
  ];
  const found = candidates.find((c): c is string => !!c && existsSync(c));
  if (!found) {
    throw new Error(
      'No Chromium found. Set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium binary, or install one: ' +
        '`sudo apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install chromium`.',
    );
  }
  return found;
}

export function launchChromium() {
  return chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs, headless: true });
}

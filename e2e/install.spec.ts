import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { basePath } from '../playwright.config';
import { chromiumArgs, chromiumExecutable } from '../scripts/chromium';

test('Chromium reports the app installable, with the manifest and its icons under the base path', async ({ baseURL }) => {
  test.setTimeout(60_000);
  // Chromium never offers installation in an incognito-like context: use a profile on disk.
  const profile = mkdtempSync(path.join(tmpdir(), 'sds-install-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumExecutable(), args: chromiumArgs, baseURL });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe(`${basePath}/manifest.webmanifest`);
    const manifest = await (await context.request.get(href!.replace(`${basePath}/`, ''))).json();
    expect(manifest).toMatchObject({ start_url: `${basePath}/`, scope: `${basePath}/`, display: 'standalone' });
    for (const size of ['192x192', '512x512']) {
      const icon = manifest.icons.find((i: { sizes: string; type: string }) => i.sizes === size && i.type === 'image/png');
      expect(icon, `a ${size} PNG icon`).toBeTruthy();
      const png = await context.request.get(icon.src.replace(`${basePath}/`, ''));
      expect(png.status()).toBe(200);
      const bytes = await png.body();
      // PNG header: width and height are big-endian at bytes 16 and 20.
      expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(size);
    }
    const cdp = await context.newCDPSession(page);
    await expect
      .poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors.map((e) => e.errorId), { timeout: 15_000 })
      .toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

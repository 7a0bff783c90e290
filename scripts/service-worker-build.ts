/**
 * Bundles sw/service-worker.ts and writes it to out/sw.js with its precache manifest: every page,
 * script, style, JSON file, diagram, icon and search index file of the export (by glob, so routes
 * added later are covered), under the base path. React Server Component payloads (*.txt) are not
 * precached: offline, the router falls back to loading the page's HTML, which is.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';

export const precacheGlobs = ['**/*.{html,js,css,json,svg,png,ico,webmanifest,woff2}', 'pagefind/**/*'];

export async function buildServiceWorker(out: string, basePath: string): Promise<{ count: number; size: number }> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'sds-sw-'));
  try {
    const swSrc = path.join(tmp, 'sw.js');
    await build({
      entryPoints: [path.join(process.cwd(), 'sw/service-worker.ts')],
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2020',
      outfile: swSrc,
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
    });
    const { count, size, warnings } = await injectManifest({
      swSrc,
      swDest: path.join(out, 'sw.js'),
      globDirectory: out,
      globPatterns: precacheGlobs,
      globIgnores: ['sw.js', '**/*.txt', '**/*.map'],
      modifyURLPrefix: { '': `${basePath}/` },
      // Next's static files carry a content hash in their names: no revision needed.
      dontCacheBustURLsMatching: /_next\/static\//,
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    });
    if (warnings.length) throw new Error(`Service worker build: ${warnings.join('; ')}`);
    return { count, size };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

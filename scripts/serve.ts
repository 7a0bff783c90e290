/**
 * Serves the static export in out/ as GitHub Pages would: under BASE_PATH when set, with
 * index.html for directories and 404.html for anything missing. `npm start`; PORT defaults to 3000.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.join(process.cwd(), 'out');
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
const port = Number(process.env.PORT ?? 3000);
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

if (!existsSync(root)) {
  console.error('No out/ folder: run `npm run build` first.');
  process.exit(1);
}

function resolve(urlPath: string): string | null {
  const rel = decodeURIComponent(urlPath);
  const file = path.join(root, rel);
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  if (existsSync(index)) return index;
  return null;
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (base && url.pathname === '/') {
    res.writeHead(302, { location: `${base}/` }).end();
    return;
  }
  const inBase = !base || url.pathname === base || url.pathname.startsWith(`${base}/`);
  if (base && url.pathname === base) {
    res.writeHead(301, { location: `${base}/` }).end();
    return;
  }
  const file = inBase ? resolve(url.pathname.slice(base.length) || '/') : null;
  if (!file) {
    res.writeHead(404, { 'content-type': types['.html'] });
    createReadStream(path.join(root, '404.html')).pipe(res);
    return;
  }
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}).listen(port, () => console.log(`Serving out/ at http://localhost:${port}${base}/`));

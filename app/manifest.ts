import type { MetadataRoute } from 'next';

export const dynamic = 'force-static';

const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');

/** The web app manifest: installable on phones and desktops, opening at the site's root under its base path. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: `${base}/`,
    name: 'System Design Studio',
    short_name: 'Design Studio',
    description: 'System design interview questions as cards with diagrams, worked estimates, simulators and quizzes; works offline.',
    start_url: `${base}/`,
    scope: `${base}/`,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#4338ca',
    icons: [
      { src: `${base}/icons/icon-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: `${base}/icons/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: `${base}/icons/icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: `${base}/icon.svg`, sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}

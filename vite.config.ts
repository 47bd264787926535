import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { SECURITY_HEADERS } from './tools/lib/security-headers.ts';

const root = import.meta.dirname;

/** HTML pages of the app, each an entry of the build: the game, and the teacher's page (session set-up, dashboard). */
const PAGES = {
  main: resolve(root, 'index.html'),
  teacher: resolve(root, 'teacher.html'),
} as const;

/**
 * Phaser's own build without Matter physics (the game uses no physics): ~32 KB gzipped less than the full build.
 * Types still come from the `phaser` package.
 */
const PHASER_WITHOUT_MATTER = resolve(root, 'node_modules/phaser/dist/phaser-arcade-physics.min.js');

export default defineConfig({
  resolve: { alias: [{ find: /^phaser$/, replacement: PHASER_WITHOUT_MATTER }] },
  // Relative URLs, so dist/ works from any path (a school's web server sub-folder, a file share, a CDN prefix).
  base: './',
  // The dev server leaves the CSP to the pages' meta tag (Vite's own client needs a websocket and inline styles).
  server: {
    host: 'localhost',
    open: false,
    headers: {
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
    },
  },
  // The built game is served as a host should serve it: with the security headers (tools/lib/security-headers.ts).
  preview: { host: 'localhost', headers: { ...SECURITY_HEADERS } },
  build: {
    target: 'es2022',
    // Phaser's loader fetches every asset by URL; never inline one as a data: URL.
    assetsInlineLimit: 0,
    // Phaser alone is ~1.2 MB minified; it is split off below, so warn only about chunks bigger than that.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: PAGES,
      output: {
        // Rolldown's code splitting (Vite 8): Phaser goes to its own long-cached chunk, apart from game code.
        codeSplitting: {
          groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/, priority: 10 }],
        },
      },
    },
  },
});

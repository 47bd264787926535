import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { DEFAULT_PORT, HEALTH_PATH, LIVE_PATH, SHORT_LINK_PREFIX, VERIFY_PATH } from './src/net/protocol.ts';
import { designerWatch } from './tools/lib/designer-watch.ts';
import { SECURITY_HEADERS } from './tools/lib/security-headers.ts';

const root = import.meta.dirname;

/**
 * HTML pages of the app, each an entry of the build: the game, the teacher's page (session set-up, dashboard) and
 * the designer's workbench; and the bench's bare Phaser page (bench/bare-phaser.html, `titleVsBarePhaser`), built
 * beside them so it loads the very same Phaser chunk. It is no part of the app: the service worker leaves it out
 * (BENCH_ONLY).
 */
const PAGES = {
  main: resolve(root, 'index.html'),
  teacher: resolve(root, 'teacher.html'),
  designer: resolve(root, 'designer.html'),
  bench: resolve(root, 'bench/bare-phaser.html'),
} as const;

/** What the build writes for the bench alone (the page and its entry chunk): never precached. */
const BENCH_ONLY = ['bench/**', 'assets/bench-*.js'];

/**
 * Phaser's own build without Matter physics (the game uses no physics): ~32 KB gzipped less than the full build.
 * Types still come from the `phaser` package.
 */
const PHASER_WITHOUT_MATTER = resolve(root, 'node_modules/phaser/dist/phaser-arcade-physics.min.js');

/**
 * colyseus.js (the live classroom's client) reads MessagePack with msgpackr, whose code probes
 * `new Function('')` when it loads and compiles record readers with it: the pages' CSP (no 'unsafe-eval') reports
 * the probe as a violation. msgpackr's own build without eval renames `Function` so the probe fails quietly and
 * nothing is ever compiled; the pages take msgpackr's ES modules with the same renaming (below), which the
 * bundler can prune to what the client uses. (The server, in Node, keeps the default.)
 */
const MSGPACKR_ESM = resolve(root, 'node_modules/@colyseus/msgpackr/index.js');
/** msgpackr's ES modules, as its no-eval build makes them: `Function` (not `Function.…`) renamed, so it is never called. */
const MSGPACKR_SOURCE = /[\\/]@colyseus[\\/]msgpackr[\\/][\w-]+\.js$/;
function msgpackrWithoutEval(): Plugin {
  return {
    name: 'tariff-talks-msgpackr-without-eval',
    transform(code, id) {
      if (!MSGPACKR_SOURCE.test(id)) return null;
      return { code: code.replace(/\bFunction\b(?!\.)/g, 'BlockedFunction'), map: null };
    },
  };
}

/**
 * colyseus.js and @colyseus/schema as ES modules: their `browser` builds (which a browser build picks first) are a
 * CommonJS and a UMD bundle, which the bundler cannot prune, so the pages carried all of the schema library and of
 * tslib. The ES builds are the same code (the client reads state with the schema's decoder only).
 */
const COLYSEUS_CLIENT_ESM = resolve(root, 'node_modules/colyseus.js/build/esm/index.mjs');
const COLYSEUS_SCHEMA_ESM = resolve(root, 'node_modules/@colyseus/schema/build/esm/index.mjs');

/**
 * seedrandom's package entry loads all seven of its generators (and its ARC4 one asks for Node's crypto); the
 * game uses only `seedrandom.alea` (src/model/rng.ts). In the pages' build `seedrandom` is a module with that one
 * generator, the package's own file, so the seeded numbers are the very same. (Node and the tests use the package.)
 */
const SEEDRANDOM_ALEA_ONLY = '\0seedrandom-alea-only';
function seedrandomAleaOnly(): Plugin {
  return {
    name: 'tariff-talks-seedrandom-alea-only',
    enforce: 'pre',
    resolveId: (id) => (id === 'seedrandom' ? SEEDRANDOM_ALEA_ONLY : null),
    load: (id) =>
      id === SEEDRANDOM_ALEA_ONLY
        ? "import alea from 'seedrandom/lib/alea.js';\nexport default { alea };\n"
        : null,
  };
}

/**
 * The scenario file format's editor hints (`z.meta({ description: '…' })` in src/content/schema*.ts and
 * translation.ts, about 7.7 KB of text) are for the JSON Schema that `npm run schema` writes; nothing in the pages
 * reads them. The pages' build leaves the texts out (empty descriptions): only literal texts of properties named
 * `description` are emptied, never a schema field of that name (whose value is a schema). The tests and the tools
 * run on the sources, with every text.
 */
const SCHEMA_SOURCE = /[\\/]src[\\/]content[\\/](schema[\w-]*|translation)\.ts$/;
function schemaDocsOutOfPages(): Plugin {
  type Node = { type: string; start: number; end: number; [key: string]: unknown };
  const isText = (n: Node): boolean =>
    n.type === 'Literal'
      ? typeof n.value === 'string'
      : n.type === 'TemplateLiteral'
        ? (n.expressions as Node[]).length === 0
        : n.type === 'BinaryExpression' &&
          n.operator === '+' &&
          isText(n.left as Node) &&
          isText(n.right as Node);
  return {
    name: 'tariff-talks-schema-docs-out-of-pages',
    apply: 'build',
    transform(code, id) {
      if (!SCHEMA_SOURCE.test(id)) return null;
      const texts: Node[] = [];
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) {
          for (const item of node) visit(item);
          return;
        }
        if (!node || typeof node !== 'object') return;
        const n = node as Node;
        const key = n.key as Node | undefined;
        if (
          n.type === 'Property' &&
          key?.type === 'Identifier' &&
          key.name === 'description' &&
          isText(n.value as Node)
        )
          texts.push(n.value as Node);
        for (const [k, v] of Object.entries(n)) if (k !== 'parent' && v && typeof v === 'object') visit(v);
      };
      visit(this.parse(code));
      let out = code;
      for (const t of texts.sort((a, b) => b.start - a.start))
        out = `${out.slice(0, t.start)}''${out.slice(t.end)}`;
      return { code: out, map: null };
    },
  };
}

/**
 * Offline and installable (README "Offline and installing"): a Workbox service worker (dist/sw.js) precaches
 * every file both pages need: the HTML, the JavaScript chunks (Phaser's too), the CSS, the scenario files and
 * flags the boot scene fetches by URL, the icons and the two web manifests (public/). One worker, scope './',
 * serves the game and the teacher's page; src/app/pwa.ts registers it from the pages' own modules (the CSP
 * allows no inline script).
 *
 * Updates: registerType 'prompt' with no prompt shown: the worker never calls skipWaiting() or clients.claim(),
 * and nothing reloads a page. A new build's worker installs in the background, waits, and takes over once every
 * tab of the game is closed, so a game in progress is never interrupted and the next visit gets the new version.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  // The manifests are static files in public/ (one per page, each with its start page), linked from the HTML.
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{html,js,css,json,svg,png,webmanifest}'],
    globIgnores: [...BENCH_ONLY],
    // Both pages are precached by name; no third page should become the game.
    navigateFallback: null,
    // A session link (index.html?session=…) is the same precached page.
    ignoreURLParametersMatching: [/./],
    // Phaser's chunk is ~1.2 MB; allow it with room to spare.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    cleanupOutdatedCaches: true,
  },
});

/**
 * The files the boot scene loads before the title can show (src/scenes/boot-scene.ts: the shipped scenarios and
 * the flags' textures, PNGs), as source paths. Without help, Phaser's loader asks for them only once Phaser has
 * started, a second round trip after the scripts; the build adds a `<link rel="preload" as="fetch">` for each to
 * the game's page, so they download beside the scripts, and the loader's requests are answered from the preloads.
 * (Translations are left out: which one a page needs is known only when it runs.)
 */
const BOOT_FILES = [/^src\/content\/scenarios\/[\w-]+\.json$/, /^assets\/flag-[\w-]+\.png$/] as const;
const TRANSLATION_FILE = /\.[a-z]{2}\.json$/;

function preloadBootFiles(): Plugin {
  return {
    name: 'tariff-talks-preload-boot-files',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle || !ctx.path.endsWith('/index.html')) return [];
        const files = Object.values(ctx.bundle).filter(
          (out) =>
            out.type === 'asset' &&
            out.originalFileNames.some(
              (name) => !TRANSLATION_FILE.test(name) && BOOT_FILES.some((pattern) => pattern.test(name)),
            ),
        );
        return files.map((file) => ({
          tag: 'link',
          // Low priority: on HTTP/1.1 (six connections) the scripts, which Phaser's start waits for, go first.
          attrs: {
            rel: 'preload',
            as: 'fetch',
            crossorigin: true,
            fetchpriority: 'low',
            href: `./${file.fileName}`,
          },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/** The live classroom server the dev server talks to (`npm run serve`, or started by the plugin below). */
const LIVE_TARGET = `http://127.0.0.1:${DEFAULT_PORT}`;

/**
 * What the dev server passes on to the live server: Colyseus' matchmaking and WebSockets, all under LIVE_PATH
 * (`/live/matchmake/…`, `/live/<processId>/<roomId>`; the protocol's `liveEndpoint` builds them from the page's
 * origin), the health check, the short links and the signature check. Vite's own HMR WebSocket is at `/` and
 * is not caught.
 */
const LIVE_PROXY = {
  [`${LIVE_PATH}/`]: { target: LIVE_TARGET, ws: true },
  [HEALTH_PATH]: { target: LIVE_TARGET },
  [VERIFY_PATH]: { target: LIVE_TARGET },
  [SHORT_LINK_PREFIX]: { target: LIVE_TARGET },
};

/**
 * Dev only (`npm start`): when nothing answers at the live server's /healthz, start one in the background
 * (`tsx server/main.ts`, data in ./data) and stop it with the dev server, so `npm install && npm start` gives
 * networked play. TT_NO_LIVE_SERVER=1 turns this off.
 */
function liveServer(): Plugin {
  let child: ChildProcess | null = null;
  const stop = () => {
    if (child && child.exitCode === null) child.kill('SIGTERM');
    child = null;
  };
  return {
    name: 'tariff-talks-live-server',
    apply: 'serve',
    configureServer(server) {
      if (process.env.TT_NO_LIVE_SERVER) return;
      fetch(`${LIVE_TARGET}${HEALTH_PATH}`)
        .then((res) => res.ok)
        .catch(() => false)
        .then((up) => {
          if (up) return;
          server.config.logger.info(
            `Starting the live classroom server on port ${DEFAULT_PORT} (data in ./data)`,
          );
          child = spawn(
            process.execPath,
            ['--import', 'tsx', 'server/main.ts', '--port', String(DEFAULT_PORT)],
            {
              cwd: root,
              stdio: ['ignore', 'ignore', 'inherit'],
            },
          );
          child.on('exit', () => {
            child = null;
          });
          server.httpServer?.once('close', stop);
          process.once('exit', stop);
        });
    },
  };
}

export default defineConfig({
  plugins: [
    seedrandomAleaOnly(),
    msgpackrWithoutEval(),
    schemaDocsOutOfPages(),
    pwa,
    liveServer(),
    designerWatch(),
    preloadBootFiles(),
  ],
  resolve: {
    alias: [
      { find: /^phaser$/, replacement: PHASER_WITHOUT_MATTER },
      { find: /^@colyseus\/msgpackr$/, replacement: MSGPACKR_ESM },
      { find: /^colyseus\.js$/, replacement: COLYSEUS_CLIENT_ESM },
      { find: /^@colyseus\/schema$/, replacement: COLYSEUS_SCHEMA_ESM },
    ],
  },
  // Relative URLs, so dist/ works from any path (a school's web server sub-folder, a file share, a CDN prefix).
  base: './',
  // The dev server leaves the CSP to the pages' meta tag (Vite's own client needs a websocket and inline styles).
  server: {
    host: 'localhost',
    open: false,
    proxy: LIVE_PROXY,
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
    // Every browser the game targets (ES2022) preloads modules itself; without the polyfill the three pages do
    // not share a chunk of it (one more request before the game starts).
    modulePreload: { polyfill: false },
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

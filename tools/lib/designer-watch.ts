/**
 * A Vite plugin for the dev server (`npm start`): when a .json file inside the project is saved, it tells the
 * pages (a custom HMR event with the file's path), so the designer's workbench (designer.html?watch=<path>)
 * reads the scenario again at once. Nothing else listens; the build is untouched.
 */
import { relative, sep } from 'node:path';
import type { Plugin } from 'vite';

/** Must match src/designer/watch.ts. */
export const SAVED_EVENT = 'tariff-talks:file-saved';

export function designerWatch(): Plugin {
  return {
    name: 'tariff-talks-designer-watch',
    apply: 'serve',
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (!file.endsWith('.json')) return;
        const path = relative(server.config.root, file).split(sep).join('/');
        if (path.startsWith('..') || path.startsWith('node_modules/')) return;
        server.ws.send({ type: 'custom', event: SAVED_EVENT, data: { path } });
      });
    },
  };
}

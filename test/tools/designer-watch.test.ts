/**
 * The dev server's plugin for the workbench (tools/lib/designer-watch.ts): a saved .json file inside the project
 * is announced to the pages with its project-relative path; anything else is not.
 */
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAVED_EVENT as PAGE_EVENT } from '../../src/designer/watch.ts';
import { designerWatch, SAVED_EVENT } from '../../tools/lib/designer-watch.ts';

function fakeServer(root: string) {
  const watcher = new EventEmitter();
  const sent: unknown[] = [];
  const server = { config: { root }, watcher, ws: { send: (payload: unknown) => sent.push(payload) } };
  const plugin = designerWatch();
  const configure = plugin.configureServer as unknown as (s: typeof server) => void;
  configure(server);
  return { watcher, sent };
}

describe('designerWatch', () => {
  it('runs on the dev server only, and speaks the event the page listens for', () => {
    expect(designerWatch().apply).toBe('serve');
    expect(SAVED_EVENT).toBe(PAGE_EVENT);
  });

  it('announces a saved .json file of the project by its relative path, and nothing else', () => {
    const root = join('/', 'work', 'project');
    const { watcher, sent } = fakeServer(root);
    watcher.emit('change', join(root, 'src', 'content', 'scenarios', 'my.json'));
    watcher.emit('change', join(root, 'src', 'main.ts'));
    watcher.emit('change', join('/', 'elsewhere', 'other.json'));
    watcher.emit('change', join(root, 'node_modules', 'pkg', 'package.json'));
    expect(sent).toEqual([
      { type: 'custom', event: SAVED_EVENT, data: { path: 'src/content/scenarios/my.json' } },
    ]);
  });
});

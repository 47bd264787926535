/**
 * Loads the scenes after the title (src/scenes/play-scenes.ts) on first use and adds them to the game, so the
 * first screen needs only the boot and title scenes' code (issue 16: the title as fast as Phaser allows).
 * The service worker precaches their chunk like every other (vite.config.ts), so this works offline too.
 */
import type { Scenes } from 'phaser';
import type { SceneKey } from './keys.ts';

/** The scenes the game config starts with; every other key is a play scene, loaded by `loadPlayScenes`. */
const FIRST_SCENES: readonly SceneKey[] = ['boot', 'title'];

let loading: Promise<void> | null = null;
let loaded = false;

/** True when `key` can be started now: a first scene, or the play scenes are in the game. */
export const sceneReady = (key: SceneKey): boolean => loaded || FIRST_SCENES.includes(key);

/**
 * Loads the play scenes' chunk once and adds its scenes to `manager` (in drawing order, after the title).
 * A failed load (the network went away before the chunk arrived) is forgotten, so the next call tries again.
 */
export function loadPlayScenes(manager: Scenes.SceneManager): Promise<void> {
  loading ??= import('./play-scenes.ts').then(
    ({ PLAY_SCENES }) => {
      for (const [key, scene] of PLAY_SCENES) if (!manager.keys[key]) manager.add(key, scene, false);
      loaded = true;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Runs `go` once `key` can be started: at once, or when the play scenes have loaded. */
export function whenSceneReady(manager: Scenes.SceneManager, key: SceneKey, go: () => void): void {
  if (sceneReady(key)) {
    go();
    return;
  }
  loadPlayScenes(manager).then(go, (error: unknown) => {
    console.error(`Tariff Talks: the "${key}" screen could not be loaded:`, error);
  });
}

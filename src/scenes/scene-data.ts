/**
 * What each scene is started with, by scene key, and the one way to start or launch a scene: `startScene` and
 * `launchScene` take the key and exactly the data that scene's init() expects (none for boot and title), so a
 * scene started with the wrong data, or without the data it needs, is a type error.
 */
import type { Scenes } from 'phaser';
import type { SessionData } from '../app/session.ts';
import type { DebriefData } from './debrief-scene.ts';
import type { HandoverData } from './flow.ts';
import type { JoinData } from './join-scene.ts';
import type { SceneKey } from './keys.ts';
import type { LiveData } from './live-scene.ts';
import { whenSceneReady } from './scene-loader.ts';
import type { SetupData } from './setup-scene.ts';
import type { NewsOverlayData, RatificationOverlayData } from './turn-flow.ts';

export interface SceneDataMap {
  readonly boot: undefined;
  readonly title: undefined;
  readonly setup: SetupData;
  readonly join: JoinData;
  readonly live: LiveData;
  readonly briefing: SessionData;
  readonly table: SessionData;
  readonly news: NewsOverlayData;
  readonly ratification: RatificationOverlayData;
  readonly handover: HandoverData;
  readonly debrief: DebriefData;
}

/** The data argument of a scene: nothing for a scene that takes none, else exactly its data. */
type DataArgs<K extends SceneKey> = SceneDataMap[K] extends undefined ? [] : [data: SceneDataMap[K]];

/**
 * Stops the calling scene and starts `key` with its data (once its code is loaded: the scenes after the title
 * come in their own chunk, src/scenes/scene-loader.ts).
 */
export function startScene<K extends SceneKey>(
  plugin: Scenes.ScenePlugin,
  key: K,
  ...data: DataArgs<K>
): void {
  whenSceneReady(plugin.manager, key, () => plugin.start(key, data[0]));
}

/** Runs `key` beside the calling scene (an overlay), with its data (once its code is loaded). */
export function launchScene<K extends SceneKey>(
  plugin: Scenes.ScenePlugin,
  key: K,
  ...data: DataArgs<K>
): void {
  whenSceneReady(plugin.manager, key, () => plugin.launch(key, data[0]));
}

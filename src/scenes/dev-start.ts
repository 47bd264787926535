/**
 * Development shortcut (dev server only, never in a build): `/?start=table&scenario=tutorial&side=japan&
 * opponent=computer&difficulty=normal&seed=abc` opens a scene directly with a new session, so a scene can be
 * worked on without clicking through the menus.
 */
import type { Scene } from 'phaser';
import { newSession } from '../app/new-session.ts';
import { SHIPPED_IDS, type ShippedId, shippedScenario } from '../app/scenarios.ts';
import type { Opponent } from '../model/types.ts';
import type { Difficulty } from '../model/vocabulary.ts';
import { SCENE_KEYS, type SceneKey } from './keys.ts';
import { startScene } from './scene-data.ts';

export function devStart(scene: Scene): boolean {
  if (!import.meta.env.DEV) return false;
  const query = new URLSearchParams(window.location.search);
  const start = query.get('start') as SceneKey | null;
  if (!start || !Object.values(SCENE_KEYS).includes(start)) return false;
  const id = (query.get('scenario') ?? 'us-japan-2025') as ShippedId;
  if (!SHIPPED_IDS.includes(id)) return false;
  const scenario = shippedScenario(id);
  const session = newSession({ kind: 'shipped', id }, scenario, {
    seed: query.get('seed') ?? 'dev',
    side: query.get('side') ?? scenario.parties[1].id,
    opponent: (query.get('opponent') ?? 'computer') as Opponent,
    difficulty: (query.get('difficulty') ?? 'normal') as Difficulty,
  });
  if (!session.ok) return false;
  startScene(scene.scene, start, { session: session.value });
  return true;
}

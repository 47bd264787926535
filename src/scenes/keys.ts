/**
 * Every scene key in the game. Scenes are started and looked up through these constants only,
 * never through bare strings, so a renamed or missing scene is a type error.
 */
export const SCENE_KEYS = {
  boot: 'boot',
} as const;

export type SceneKey = (typeof SCENE_KEYS)[keyof typeof SCENE_KEYS];

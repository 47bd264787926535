/**
 * Every scene key in the game. Scenes are started and looked up through these constants only,
 * never through bare strings, so a renamed or missing scene is a type error.
 *
 * Flow: boot → title → setup (or join, from a classroom session link) → briefing → table ⇄ (news,
 * ratification, handover overlays) → debrief → title. A live class: title → live (join, wait) → table → debrief.
 */
export const SCENE_KEYS = {
  boot: 'boot',
  title: 'title',
  setup: 'setup',
  join: 'join',
  live: 'live',
  briefing: 'briefing',
  table: 'table',
  news: 'news',
  ratification: 'ratification',
  handover: 'handover',
  debrief: 'debrief',
} as const;

export type SceneKey = (typeof SCENE_KEYS)[keyof typeof SCENE_KEYS];

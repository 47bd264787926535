/**
 * The scenes after the title, in their own chunk (src/scenes/scene-loader.ts): setting up, joining and playing a
 * game, live or not, and its debrief. The title does not wait for their code; it is loaded once the title is
 * on screen, or when a scene of it is first started. Listed in drawing order: the overlays (news,
 * ratification, handover) come after the table they are launched over.
 */
import type { Scene } from 'phaser';
import { BriefingScene } from './briefing-scene';
import { DebriefScene } from './debrief-scene';
import { HandoverScene } from './handover-scene';
import { JoinScene } from './join-scene';
import type { SceneKey } from './keys';
import { LiveScene } from './live-scene';
import { NewsScene } from './news-scene';
import { RatificationScene } from './ratification-scene';
import { SetupScene } from './setup-scene';
import { TableScene } from './table-scene';

export const PLAY_SCENES: readonly (readonly [SceneKey, new () => Scene])[] = [
  ['setup', SetupScene],
  ['join', JoinScene],
  ['live', LiveScene],
  ['briefing', BriefingScene],
  ['table', TableScene],
  ['news', NewsScene],
  ['ratification', RatificationScene],
  ['handover', HandoverScene],
  ['debrief', DebriefScene],
];

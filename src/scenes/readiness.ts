import { GameObjects, type Scene } from 'phaser';
import { SCREEN_SHOWN_EVENT } from '../app/pwa.ts';
import type { TariffTalksTextBox } from '../global';
import type { SceneKey } from './keys';
import { showPageHeading } from './page-heading.ts';

/**
 * Tells browser tests that a scene has finished drawing. Tests wait for `window.__tariffTalks.ready` and then
 * read which scene is showing and which texts it drew (canvas text is not in the DOM).
 */
export function markSceneReady(scene: Scene, key: SceneKey): void {
  window.__tariffTalks = { ready: true, scene: key, texts: collectTexts(scene.children.list) };
  showPageHeading(scene.game, key);
  window.__tariffTalksTextBoxes = () => textBoxes(scene.children.list);
  window.dispatchEvent(new Event(SCREEN_SHOWN_EVENT));
}

/** Call when a scene starts to go away, so a test never reads the status of a scene that is leaving. */
export function markSceneLeaving(key: SceneKey): void {
  window.__tariffTalks = { ready: false, scene: key, texts: [] };
}

function textBoxes(objects: readonly GameObjects.GameObject[]): TariffTalksTextBox[] {
  const boxes: TariffTalksTextBox[] = [];
  for (const object of objects) {
    if (object instanceof GameObjects.Text && object.visible && object.alpha > 0 && object.text.trim()) {
      const b = object.getBounds();
      boxes.push({ text: object.text, x: b.x, y: b.y, width: b.width, height: b.height });
    } else if (object instanceof GameObjects.Container && object.visible) {
      boxes.push(...textBoxes(object.list));
    }
  }
  return boxes;
}

function collectTexts(objects: readonly GameObjects.GameObject[]): string[] {
  const texts: string[] = [];
  for (const object of objects) {
    if (object instanceof GameObjects.Text && object.visible && object.text.length > 0) {
      texts.push(object.text);
    } else if (object instanceof GameObjects.Container && object.visible) {
      texts.push(...collectTexts(object.list));
    }
  }
  return texts;
}

import { Scene } from 'phaser';
import { SCENE_KEYS } from './keys';

/** Being written: see issue 3. */
export class TableScene extends Scene {
  constructor() {
    super({ key: SCENE_KEYS.table });
  }
}

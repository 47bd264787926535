import { Scene } from 'phaser';
import { SCENE_KEYS } from './keys';

/** Being written: see issue 3. */
export class SetupScene extends Scene {
  constructor() {
    super({ key: SCENE_KEYS.setup });
  }
}

import { Game } from 'phaser';
import { startLanguage } from './app/language';
import { heardOrAfter, SCREEN_SHOWN_EVENT, startPwa } from './app/pwa';
import { prepareBootFiles } from './boot-files';
import { createGameConfig } from './game-config';
import { installGlossaryKey } from './ui/glossary/glossary-dialog';

// The language is set before the first screen is drawn (English needs nothing loaded; Japanese its catalog).
const language = startLanguage();
// The title's files (preloaded by the page) are read, compiled and decoded before Phaser starts, so the boot scene
// has nothing left to load and the title draws on Phaser's first frames.
const files = prepareBootFiles(language);

// The offline copy is set up once the first screen is drawn, so it never slows the title down.
startPwa(heardOrAfter(SCREEN_SHOWN_EVENT, 10_000));

await Promise.all([language, files]);
const game = new Game(createGameConfig());
// G opens the glossary on every screen.
installGlossaryKey();

if (import.meta.hot) {
  import.meta.hot.dispose(() => {
    game.destroy(true);
  });
}

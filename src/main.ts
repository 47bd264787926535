import { Game } from 'phaser';
import { startLanguage } from './app/language';
import { heardOrAfter, SCREEN_SHOWN_EVENT, startPwa } from './app/pwa';
import { createGameConfig } from './game-config';
import { installGlossaryKey } from './ui/glossary/glossary-dialog';

// The language is set before the first screen is drawn (English needs nothing loaded; Japanese its catalog).
await startLanguage();

// The offline copy is set up once the first screen is drawn, so it never slows the title down.
startPwa(heardOrAfter(SCREEN_SHOWN_EVENT, 10_000));

const game = new Game(createGameConfig());
// G opens the glossary on every screen.
installGlossaryKey();

if (import.meta.hot) {
  import.meta.hot.dispose(() => {
    game.destroy(true);
  });
}

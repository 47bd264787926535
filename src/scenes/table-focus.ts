/**
 * Where the keyboard focus goes on the table as the turns pass: to the levers when a new turn begins; after a
 * tactic (same turn) to what the tactic did, so the keyboard stays in the tactics; and while the other side moves
 * to the status line saying who is moving. A disabled button drops the focus to the page; these moves keep it on
 * something sensible.
 */
import type { Scene } from 'phaser';
import { focusLost, focusWhenShown } from '../ui/table/focus.ts';

export class TableFocus {
  /** The turn (its lever key) whose levers took the focus. */
  private focusedKey = '';

  constructor(
    private readonly scene: Scene,
    /** Whether the table's controls are shown (no overlay over them). */
    private readonly controlsShown: () => boolean,
    private readonly status: () => HTMLElement,
  ) {}

  /** A person's move begins: the first lever of a new turn, or after a tactic its status line if focus fell. */
  humanTurn(turnKey: string, firstLever: () => HTMLElement | null, afterTactic: () => HTMLElement): void {
    if (turnKey !== this.focusedKey) {
      this.focusedKey = turnKey;
      focusWhenShown(firstLever());
    } else {
      const target = afterTactic();
      if (focusLost()) focusWhenShown(target);
    }
  }

  /**
   * A move disables the controls while the other side thinks: the focus goes to the status line. Once, on the
   * next frame, and only if nothing (an overlay, the levers of a new turn) has taken the focus meanwhile.
   */
  statusIfLost(): void {
    window.requestAnimationFrame(() => {
      if (focusLost() && this.scene.scene.isActive() && this.controlsShown())
        this.status().focus({ preventScroll: true });
    });
  }
}

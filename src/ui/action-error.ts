/**
 * The player's words for a move the rules refused: the model's error code maps to a catalog message (the
 * model's own English sentence is for designers and logs, never shown to a player).
 */
import { t } from '../i18n/catalog.ts';
import type { LiveErrorCode } from '../net/protocol.ts';

/**
 * Also the server's refusals in a live game and a move that could not be sent (the store's `StoreError`); the
 * protocol's codes have their messages in src/i18n/en/live.ts.
 */
export const actionErrorText = (error: { readonly code: LiveErrorCode | 'NOT_CONNECTED' }): string =>
  t(`error.${error.code}`);

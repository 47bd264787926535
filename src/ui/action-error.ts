/**
 * The player's words for a move the rules refused: the model's error code maps to a catalog message (the
 * model's own English sentence is for designers and logs, never shown to a player).
 */
import { t } from '../i18n/catalog.ts';
import type { ActionError } from '../model/types.ts';

export const actionErrorText = (error: Pick<ActionError, 'code'>): string => t(`error.${error.code}`);

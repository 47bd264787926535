/**
 * The scenario in play's money and base year, for the catalog's figures and headings ("$55.8B", "Jobs, against
 * 2024"): the scenes that show them set the scenario's look when they start; before any, the catalog's currency
 * and the default base year.
 */
import { DEFAULT_BASE_YEAR, type ScenarioLook } from '../model/presentation.ts';
import { t } from './catalog.ts';

let look: ScenarioLook | null = null;

/** The scenario whose figures are shown from now on (null: none). */
export function setScenarioLook(next: ScenarioLook | null): void {
  look = next;
}

/** The currency sign or word the figures carry: the scenario's, else the catalog's ("$", "ドル"). */
export const currency = (): string => look?.currency ?? t('common.currency');

/** The year the economy's changes are counted from. */
export const baseYear = (): number => look?.baseYear ?? DEFAULT_BASE_YEAR;

/** The catalog variables of money and base year: `{currency}` and `{year}`. */
export const moneyVars = (): { currency: string; year: number } => ({
  currency: currency(),
  year: baseYear(),
});

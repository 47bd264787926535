/**
 * The news of schema version 2 effects in words (describe.ts `describeNews` hands them here): a group's new
 * weights or red lines, an issue put on or taken off the table, an economy parameter, a party's deadline.
 */
import { t } from '../../i18n/catalog.ts';
import { fixed } from '../../i18n/numbers.ts';
import type { CompiledEffect, Scenario } from '../../model/scenario.ts';
import { percent } from './format.ts';

type V2Effect = Exclude<
  CompiledEffect,
  { readonly op: 'set-no-deal' | 'adjust-influence' | 'adjust-threshold' | 'adjust-approval' }
>;

const PARAMETER_KEYS = {
  elasticity: 'table.news.param.elasticity',
  importPassThrough: 'table.news.param.importPassThrough',
  retailPassThrough: 'table.news.param.retailPassThrough',
  complianceLoss: 'table.news.param.complianceLoss',
} as const;

/** One sentence per effect (none when it names nothing the scenario has). `noDeal` is the no-deal so far. */
export function describeV2Effect(scenario: Scenario, effect: V2Effect, noDeal: readonly number[]): string[] {
  const issueName = (j: number) => scenario.issues[j]?.name ?? '';
  const levelName = (j: number, l: number) => scenario.issues[j]?.levels[l]?.label ?? '';
  switch (effect.op) {
    case 'set-weights':
    case 'add-red-line':
    case 'remove-red-line': {
      const side = scenario.parties[effect.party].name;
      const group = scenario.parties[effect.party].groups[effect.group]?.name ?? '';
      if (effect.op === 'set-weights') return [t('table.news.weights', { side, group })];
      if (effect.op === 'remove-red-line')
        return [t('table.news.redLineRemoved', { side, group, issue: issueName(effect.issue) })];
      const { issue, level, bound } = effect.line;
      const key = bound === 'at-most' ? 'table.news.redLineAtMost' : 'table.news.redLineAtLeast';
      return [t(key, { side, group, issue: issueName(issue), level: levelName(issue, level) })];
    }
    case 'set-on-table':
      return effect.onTable
        ? [t('table.news.onTable', { issue: issueName(effect.issue) })]
        : [
            t('table.news.offTable', {
              issue: issueName(effect.issue),
              level: levelName(effect.issue, noDeal[effect.issue]),
            }),
          ];
    case 'set-economy':
      return [
        t('table.news.economy', {
          parameter: t(PARAMETER_KEYS[effect.parameter]),
          value: effect.parameter === 'elasticity' ? fixed(effect.value, 1) : percent(effect.value),
        }),
      ];
    case 'set-deadline':
      return [
        t('table.news.deadline', {
          side: scenario.parties[effect.party].name,
          meeting: scenario.meetings[effect.meeting]?.title ?? '',
        }),
      ];
  }
}

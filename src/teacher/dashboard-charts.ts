/**
 * The dashboard's charts area: a choice of scenario when the class played more than one, the class's deals on
 * the negotiation-dance chart, the class averages against the real deal, and dot plots of tariffs, jobs and
 * approval across the class. Only verified games count: a duplicate is the same game again.
 */
import { historicalSummary, type StudentSummary } from '../classroom/summary.ts';
import { t } from '../i18n/page-catalog.ts';
import { countsInClass } from '../model/code/verify.ts';
import type { Scenario } from '../model/scenario.ts';
import { formatApproval, formatJobs } from '../ui/debrief/format.ts';
import { el } from '../ui/dom.ts';
import { averagesTable } from './averages-table.ts';
import { classDance, dotPlot } from './chart-data.ts';
import { classDanceChart, dotPlotChart } from './charts.ts';
import { type Entry, scenarioKey } from './class-entries.ts';
import { formatRate } from './rows.ts';

export interface ChartsDeps {
  readonly entries: () => readonly Entry[];
  /** The scenario to draw; null before any game verified. */
  readonly scenario: () => Scenario | null;
  readonly hideNames: () => boolean;
  /** The teacher picked another scenario (its scenarioKey). */
  readonly choose: (key: string) => void;
}

export interface DashboardCharts {
  /** The headings and the holders of the picker, the chart, the averages and the dot plots, in page order. */
  readonly elements: readonly HTMLElement[];
  /** Draws every chart again from the entries as they are now. */
  render(): void;
}

/** A verified game: one with its replayed summary. */
type Game = Entry & { summary: StudentSummary };

/** The scenarios of the verified games, by scenarioKey, in the order first met. */
function verifiedScenarios(entries: readonly Entry[]): Map<string, Scenario> {
  const scenarios = new Map<string, Scenario>();
  for (const e of entries)
    if (countsInClass(e.verdict)) scenarios.set(scenarioKey(e.verdict.scenario), e.verdict.scenario);
  return scenarios;
}

/** The label and the select of the scenario to chart. */
function scenarioPicker(
  scenarios: ReadonlyMap<string, Scenario>,
  current: Scenario | null,
  onChange: (key: string) => void,
): HTMLElement[] {
  const select = el('select', { className: 'tt-select', attrs: { id: 'tt-chart-scenario' } });
  for (const [key, s] of scenarios)
    select.appendChild(el('option', { attrs: { value: key }, text: `${s.title} (${s.version})` }));
  if (current) select.value = scenarioKey(current);
  select.addEventListener('change', () => onChange(select.value));
  return [el('label', { attrs: { for: 'tt-chart-scenario' }, text: t('teacher.chart.scenario') }), select];
}

/** The verified games of this scenario; a duplicate is the same game again and is not counted twice. */
function gamesOf(entries: readonly Entry[], scenario: Scenario): Game[] {
  return entries.filter(
    (e): e is Game => countsInClass(e.verdict) && e.verdict.scenario === scenario && e.summary !== null,
  );
}

function danceChart(scenario: Scenario, games: readonly Game[], hideNames: boolean): HTMLElement {
  const dance = classDance(
    scenario,
    games.map((e) => ({
      index: e.row.index,
      name: e.summary.name,
      kind: e.summary.outcome,
      package: e.summary.package,
      side: e.summary.sideIndex,
    })),
  );
  return classDanceChart(scenario, dance, { hideNames });
}

/** Dot plots of each key tariff, then both parties' jobs, then both parties' approval, each with the real deal's. */
function distributions(scenario: Scenario, games: readonly Game[]): HTMLElement[] {
  const history = historicalSummary(scenario);
  const plots: HTMLElement[] = [];
  const tariffIssues = games[0]?.summary.tariffs ?? [];
  tariffIssues.forEach((issue, k) => {
    const values = games.map((g) => g.summary.tariffs[k]?.rate ?? Number.NaN);
    plots.push(
      dotPlotChart(
        t('teacher.dist.tariff', { name: issue.name }),
        dotPlot(values, history?.tariffs[k]?.rate ?? null),
        (v) => formatRate(v, issue.unit),
      ),
    );
  });
  for (const p of [0, 1] as const) {
    plots.push(
      dotPlotChart(
        t('teacher.dist.jobs', { party: scenario.parties[p].name }),
        dotPlot(
          games.map((g) => g.summary.jobs[p]),
          history?.jobs[p] ?? null,
        ),
        formatJobs,
      ),
    );
  }
  for (const p of [0, 1] as const) {
    plots.push(
      dotPlotChart(
        t('teacher.dist.approval', { party: scenario.parties[p].name }),
        dotPlot(
          games.map((g) => g.summary.approval[p]),
          history?.approval[p] ?? null,
        ),
        formatApproval,
      ),
    );
  }
  return plots;
}

export function dashboardCharts(deps: ChartsDeps): DashboardCharts {
  const chartHolder = el('div', { className: 'tt-charts' });
  const distHolder = el('div', { className: 'tt-dists' });
  const averagesHolder = el('div', { className: 'tt-averages' });
  const chartPicker = el('div', { className: 'tt-row' });

  const render = () => {
    const entries = deps.entries();
    const scenario = deps.scenario();
    const scenarios = verifiedScenarios(entries);
    chartPicker.replaceChildren(
      ...(scenarios.size > 1
        ? scenarioPicker(scenarios, scenario, (key) => {
            deps.choose(key);
            render();
          })
        : []),
    );
    if (!scenario) {
      chartHolder.replaceChildren(el('p', { className: 'tt-muted', text: t('teacher.chart.none') }));
      distHolder.replaceChildren();
      averagesHolder.replaceChildren();
      return;
    }
    const games = gamesOf(entries, scenario);
    chartHolder.replaceChildren(danceChart(scenario, games, deps.hideNames()));
    distHolder.replaceChildren(...distributions(scenario, games));
    averagesHolder.replaceChildren(
      averagesTable(
        scenario,
        games.map((g) => g.summary),
      ),
    );
  };

  return {
    elements: [
      el('h3', { text: t('teacher.chart.heading') }),
      chartPicker,
      chartHolder,
      el('h3', { className: 'tt-averages-heading', text: t('teacher.averages.heading') }),
      averagesHolder,
      el('h3', { className: 'tt-dists-heading', text: t('teacher.dist.heading') }),
      distHolder,
    ],
    render,
  };
}

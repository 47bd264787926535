/**
 * The class dashboard: codes pasted or uploaded, each replayed (a few per macrotask, with progress, so no input
 * freezes the page) and marked; then the sortable class table, the class's deals on the negotiation-dance chart,
 * dot plots of tariffs, jobs and approval, the class averages against the real deal, a projector view and the
 * two CSV files. Every text from a code or a scenario is set as textContent.
 */
import { movesCsv, resultsCsv } from '../classroom/csv.ts';
import { readCodes } from '../classroom/input.ts';
import { classAverages, historicalSummary, type StudentSummary, summaryOf } from '../classroom/summary.ts';
import { t } from '../i18n/catalog.ts';
import type { ScenarioLookup, Verdict, VerdictKind } from '../model/code/verify.ts';
import { VERDICTS } from '../model/code/verify.ts';
import type { PartyIndex, Scenario } from '../model/scenario.ts';
import {
  formatApproval,
  formatDate,
  formatDistance,
  formatJobs,
  formatPoints,
  formatShare,
} from '../ui/debrief/format.ts';
import { announce, button, el } from '../ui/dom.ts';
import { classDance, dotPlot } from './chart-data.ts';
import { classDanceChart, dotPlotChart } from './charts.ts';
import { downloadText } from './download.ts';
import { formatRate, rowOf } from './rows.ts';
import {
  type ClassRow,
  COLUMNS,
  type Column,
  type Direction,
  NUMERIC_COLUMNS,
  nextSort,
  sortRows,
} from './sort.ts';
import { markDuplicates, verifyEach } from './verify-queue.ts';

/** Uploaded code files larger than this are refused before reading (a class's codes are a few hundred KB). */
export const MAX_CODES_FILE_BYTES = 25 * 1024 * 1024;

export interface DashboardDeps {
  readonly codes: () => readonly string[];
  readonly lookup: () => ScenarioLookup;
  /** Stores new entries; returns how many were added and skipped. */
  readonly addCodes: (entries: readonly string[]) => { added: number; skipped: number; dropped: number };
  readonly clearCodes: () => void;
}

export interface Dashboard {
  readonly element: HTMLElement;
  /** Verifies every stored code again (after a load, an import, or a new scenario file). */
  reverify(): Promise<void>;
}

interface Entry {
  readonly code: string;
  readonly verdict: Verdict;
  readonly summary: StudentSummary | null;
  readonly row: ClassRow;
}

export function dashboard(deps: DashboardDeps): Dashboard {
  let raw: Verdict[] = [];
  let entries: Entry[] = [];
  let sort: { column: Column; direction: Direction } = { column: 'index', direction: 'ascending' };
  let hideNames = false;
  let token = { cancelled: false };
  let chartScenario: string | null = null;

  const textarea = el('textarea', {
    className: 'tt-codes-input',
    attrs: { id: 'tt-codes', rows: '6', spellcheck: 'false', 'aria-describedby': 'tt-codes-help' },
  });
  const fileInput = el('input', {
    attrs: { type: 'file', id: 'tt-codes-file', accept: '.txt,.csv,text/plain,text/csv' },
  });
  const inputNote = el('p', { className: 'tt-muted', attrs: { role: 'status' } });
  const progress = el('progress', {
    attrs: { max: '1', value: '0', 'aria-label': t('teacher.codes.progressName') },
  });
  const progressText = el('span', { attrs: { id: 'tt-progress-text' } });
  const progressLine = el('p', { className: 'tt-progress', children: [progress, progressText] });
  progressLine.hidden = true;
  const counts = el('p', { className: 'tt-counts', attrs: { id: 'tt-counts' } });
  const tableHolder = el('div', {
    className: 'tt-table-wrap',
    attrs: { tabindex: '0', 'aria-labelledby': 'tt-table-heading' },
  });
  const tariffNote = el('p', { className: 'tt-muted tt-tariff-note' });
  const chartHolder = el('div', { className: 'tt-charts' });
  const distHolder = el('div', { className: 'tt-dists' });
  const averagesHolder = el('div', { className: 'tt-averages' });
  const chartPicker = el('div', { className: 'tt-row' });

  const mainScenario = (): Scenario | null => {
    const counted = new Map<string, { scenario: Scenario; n: number }>();
    for (const e of entries) {
      if (e.verdict.kind !== 'verified' && e.verdict.kind !== 'duplicate') continue;
      const key = `${e.verdict.scenario.id}|${e.verdict.scenario.hash}`;
      const hit = counted.get(key) ?? { scenario: e.verdict.scenario, n: 0 };
      hit.n++;
      counted.set(key, hit);
    }
    const list = [...counted.entries()].sort((a, b) => b[1].n - a[1].n);
    const chosen = list.find(([key]) => key === chartScenario) ?? list[0];
    return chosen ? chosen[1].scenario : null;
  };

  const shownName = (row: ClassRow): string =>
    hideNames ? t('teacher.table.student', { index: row.index }) : (row.name ?? '');

  const headerText = (column: Column, scenario: Scenario | null): string => {
    const party = (p: PartyIndex) =>
      scenario?.parties[p].name ?? t(p === 0 ? 'teacher.table.first' : 'teacher.table.second');
    switch (column) {
      case 'utility0':
        return t('teacher.table.utility', { party: party(0) });
      case 'utility1':
        return t('teacher.table.utility', { party: party(1) });
      case 'jobs0':
        return t('teacher.table.jobs', { party: party(0) });
      case 'jobs1':
        return t('teacher.table.jobs', { party: party(1) });
      case 'approval0':
        return t('teacher.table.approval', { party: party(0) });
      case 'approval1':
        return t('teacher.table.approval', { party: party(1) });
      default:
        return t(`teacher.table.${column}`);
    }
  };

  const cellText = (row: ClassRow, column: Column): string => {
    const num = (v: number | null, f: (x: number) => string) => (v === null ? '' : f(v));
    switch (column) {
      case 'index':
        return String(row.index);
      case 'name':
        return shownName(row);
      case 'verdict':
        return t(`teacher.verdict.${row.verdict}`);
      case 'side':
        return row.side ?? '';
      case 'difficulty':
        return row.difficulty ? t(`setup.difficulty.${row.difficulty as 'easy' | 'normal' | 'hard'}`) : '';
      case 'outcome':
        return row.outcome === 'deal'
          ? t('teacher.table.deal')
          : row.outcome === 'no-deal'
            ? t('teacher.table.noDeal')
            : '';
      case 'meetings':
        return num(row.meetings, String);
      case 'tariffs':
        return row.tariffs ?? '';
      case 'utility0':
        return num(row.utility[0], (v) => formatPoints(v));
      case 'utility1':
        return num(row.utility[1], (v) => formatPoints(v));
      case 'jobs0':
        return num(row.jobs[0], formatJobs);
      case 'jobs1':
        return num(row.jobs[1], formatJobs);
      case 'approval0':
        return num(row.approval[0], formatApproval);
      case 'approval1':
        return num(row.approval[1], formatApproval);
    }
  };

  const renderTable = () => {
    const scenario = mainScenario();
    const rows = sortRows(
      entries.map((e) => e.row),
      sort.column,
      sort.direction,
    );
    const head = el('tr', {
      children: COLUMNS.map((column) => {
        const th = el('th', {
          attrs: { scope: 'col', ...(NUMERIC_COLUMNS.has(column) ? { class: 'tt-num' } : {}) },
          children: [
            button(
              headerText(column, scenario),
              () => {
                sort = nextSort(sort, column);
                renderTable();
                tableHolder.querySelector<HTMLButtonElement>(`th[data-column="${column}"] button`)?.focus();
              },
              { className: 'tt-sort' },
            ),
          ],
        });
        th.dataset.column = column;
        if (sort.column === column) th.setAttribute('aria-sort', sort.direction);
        return th;
      }),
    });
    const body = el('tbody');
    for (const row of rows) {
      const tr = el('tr', { className: `tt-verdict-${row.verdict}` });
      tr.dataset.verdict = row.verdict;
      for (const column of COLUMNS) {
        const td = el(column === 'name' ? 'th' : 'td', {
          attrs: column === 'name' ? { scope: 'row' } : {},
          className:
            `${NUMERIC_COLUMNS.has(column) ? 'tt-num' : ''} ${column === 'tariffs' ? 'tt-nowrap' : ''}`.trim(),
          text: cellText(row, column),
        });
        if (column === 'verdict') {
          td.prepend(
            el('span', {
              className: 'tt-verdict-mark',
              attrs: { 'aria-hidden': 'true' },
              text: VERDICT_MARKS[row.verdict],
            }),
          );
          if (row.reason) td.append(el('span', { className: 'tt-reason', text: row.reason }));
        }
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    const table = el('table', {
      className: 'tt-class-table',
      attrs: { id: 'tt-class-table' },
      children: [
        el('caption', { className: 'tt-sr-only', text: t('teacher.table.caption') }),
        el('thead', { children: [head] }),
        body,
      ],
    });
    tableHolder.replaceChildren(
      entries.length > 0 ? table : el('p', { className: 'tt-muted', text: t('teacher.table.empty') }),
    );
    const tariffNames = entries
      .find((e) => e.summary && e.summary.tariffs.length > 0)
      ?.summary?.tariffs.map((r) => r.name);
    tariffNote.textContent = tariffNames
      ? t('teacher.table.tariffsNote', { names: tariffNames.join(' · ') })
      : '';
  };

  const renderCharts = () => {
    const scenario = mainScenario();
    const scenarios = new Map<string, Scenario>();
    for (const e of entries)
      if (e.verdict.kind === 'verified')
        scenarios.set(`${e.verdict.scenario.id}|${e.verdict.scenario.hash}`, e.verdict.scenario);
    if (scenarios.size > 1) {
      const select = el('select', { className: 'tt-select', attrs: { id: 'tt-chart-scenario' } });
      for (const [key, s] of scenarios)
        select.appendChild(el('option', { attrs: { value: key }, text: `${s.data.title} (${s.version})` }));
      if (scenario) select.value = `${scenario.id}|${scenario.hash}`;
      select.addEventListener('change', () => {
        chartScenario = select.value;
        renderCharts();
      });
      chartPicker.replaceChildren(
        el('label', { attrs: { for: 'tt-chart-scenario' }, text: t('teacher.chart.scenario') }),
        select,
      );
    } else chartPicker.replaceChildren();
    if (!scenario) {
      const none = el('p', { className: 'tt-muted', text: t('teacher.chart.none') });
      chartHolder.replaceChildren(none);
      distHolder.replaceChildren();
      averagesHolder.replaceChildren();
      return;
    }
    // Verified games of this scenario; a duplicate is the same game again and is not counted twice.
    const games = entries.filter(
      (e): e is Entry & { summary: StudentSummary } =>
        e.verdict.kind === 'verified' && e.verdict.scenario === scenario && e.summary !== null,
    );
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
    chartHolder.replaceChildren(classDanceChart(scenario, dance, { hideNames }));

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
    distHolder.replaceChildren(...plots);
    averagesHolder.replaceChildren(
      averagesTable(
        scenario,
        games.map((g) => g.summary),
      ),
    );
  };

  const renderCounts = (announceIt: boolean) => {
    const byKind = new Map<VerdictKind, number>(VERDICTS.map((k) => [k, 0]));
    for (const e of entries) byKind.set(e.verdict.kind, (byKind.get(e.verdict.kind) ?? 0) + 1);
    const text =
      entries.length === 0
        ? t('teacher.codes.none')
        : t('teacher.codes.counts', {
            total: entries.length,
            verified: byKind.get('verified') ?? 0,
            tampered: byKind.get('tampered') ?? 0,
            other: byKind.get('other-version') ?? 0,
            corrupt: byKind.get('corrupt') ?? 0,
            duplicate: byKind.get('duplicate') ?? 0,
          });
    counts.textContent = text;
    if (announceIt) announce(text);
  };

  const render = (announceIt: boolean) => {
    renderCounts(announceIt);
    renderTable();
    renderCharts();
    csvResults.disabled = entries.length === 0;
    csvMoves.disabled = !entries.some((e) => e.summary !== null);
  };

  /** Verifies `codes` from position `from` on (the earlier verdicts are kept), then marks duplicates over all. */
  const verifyFrom = async (from: number) => {
    token.cancelled = true;
    const mine = { cancelled: false };
    token = mine;
    const codes = deps.codes();
    const fresh = codes.slice(from);
    progressLine.hidden = fresh.length === 0;
    const onProgress = (done: number, total: number) => {
      progress.max = Math.max(1, total);
      progress.value = done;
      progressText.textContent = t('teacher.codes.progress', { done, total });
    };
    const verdicts = await verifyEach(fresh, deps.lookup(), { onProgress, token: mine });
    if (verdicts === null || mine.cancelled) return;
    raw = [...raw.slice(0, from), ...verdicts];
    const marked = markDuplicates(raw);
    entries = marked.map((verdict, i) => {
      const summary = summaryOf(verdict);
      return { code: codes[i], verdict, summary, row: rowOf(i + 1, verdict, summary) };
    });
    progressLine.hidden = true;
    render(true);
  };

  const add = async (text: string) => {
    const read = readCodes(text);
    if (read.codes.length === 0) {
      inputNote.textContent = t('teacher.codes.nothing');
      return;
    }
    const before = deps.codes().length;
    const result = deps.addCodes(read.codes);
    const parts = [t('teacher.codes.added', { count: result.added })];
    if (result.skipped > 0) parts.push(t('teacher.codes.skipped', { count: result.skipped }));
    if (read.dropped + result.dropped > 0)
      parts.push(t('teacher.codes.dropped', { count: read.dropped + result.dropped }));
    inputNote.textContent = parts.join(' ');
    if (result.added > 0) await verifyFrom(before);
  };

  const addButton = button(
    t('teacher.codes.add'),
    () => {
      const text = textarea.value;
      textarea.value = '';
      void add(text);
    },
    { className: 'tt-primary' },
  );

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    if (file.size > MAX_CODES_FILE_BYTES) {
      inputNote.textContent = t('teacher.codes.fileTooLarge', { name: file.name });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      inputNote.textContent = t('teacher.codes.fileUnreadable', { name: file.name });
      return;
    }
    await add(text);
  });

  const clear = button(t('teacher.codes.clear'), () => {
    if (deps.codes().length === 0) return;
    if (!window.confirm(t('teacher.codes.clearConfirm', { count: deps.codes().length }))) return;
    deps.clearCodes();
    raw = [];
    entries = [];
    inputNote.textContent = t('teacher.codes.cleared');
    render(true);
  });

  const csvResults = button(t('teacher.csv.results'), () => {
    downloadText(
      resultsCsv(
        entries.map((e) => e.verdict),
        entries.map((e) => e.code),
      ),
      csvName('results'),
      'text/csv;charset=utf-8',
    );
  });
  const csvMoves = button(t('teacher.csv.moves'), () => {
    downloadText(movesCsv(entries.map((e) => e.verdict)), csvName('moves'), 'text/csv;charset=utf-8');
  });

  // The projector view: the chart and the averages large, the rest hidden; names can be hidden too.
  const projector = button(
    t('teacher.projector.on'),
    () => {
      const on = !document.body.classList.contains('tt-projector');
      document.body.classList.toggle('tt-projector', on);
      projector.setAttribute('aria-pressed', String(on));
      projector.textContent = on ? t('teacher.projector.off') : t('teacher.projector.on');
      if (!on && document.fullscreenElement) void document.exitFullscreen().catch(() => {});
      announce(on ? t('teacher.projector.shown') : t('teacher.projector.hidden'));
    },
    { attrs: { 'aria-pressed': 'false' } },
  );
  const fullscreen = button(t('teacher.projector.fullscreen'), () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else
      void document.documentElement.requestFullscreen().catch(() => {
        announce(t('teacher.projector.noFullscreen'));
      });
  });
  if (!document.fullscreenEnabled) {
    fullscreen.disabled = true;
    fullscreen.title = t('teacher.projector.noFullscreen');
  }
  const hideInput = el('input', { attrs: { type: 'checkbox', id: 'tt-hide-names' } });
  hideInput.addEventListener('change', () => {
    hideNames = hideInput.checked;
    renderTable();
    renderCharts();
  });

  const element = el('section', {
    className: 'tt-panel tt-dashboard',
    attrs: { id: 'dashboard', 'aria-labelledby': 'dashboard-heading' },
    children: [
      el('h2', { attrs: { id: 'dashboard-heading' }, text: t('teacher.dashboard.heading') }),
      el('div', {
        className: 'tt-codes-in',
        children: [
          el('label', { attrs: { for: 'tt-codes' }, text: t('teacher.codes.label') }),
          el('p', { className: 'tt-muted', attrs: { id: 'tt-codes-help' }, text: t('teacher.codes.help') }),
          textarea,
          el('div', { className: 'tt-row', children: [addButton, clear] }),
          el('label', { attrs: { for: 'tt-codes-file' }, text: t('teacher.codes.file') }),
          fileInput,
          inputNote,
          progressLine,
        ],
      }),
      counts,
      el('div', {
        className: 'tt-row tt-view-controls',
        children: [
          projector,
          fullscreen,
          el('label', {
            className: 'tt-check',
            children: [hideInput, document.createTextNode(` ${t('teacher.projector.hideNames')}`)],
          }),
          csvResults,
          csvMoves,
        ],
      }),
      el('h3', {
        attrs: { id: 'tt-table-heading' },
        className: 'tt-table-heading',
        text: t('teacher.table.heading'),
      }),
      tableHolder,
      tariffNote,
      el('h3', { text: t('teacher.chart.heading') }),
      chartPicker,
      chartHolder,
      el('h3', { className: 'tt-averages-heading', text: t('teacher.averages.heading') }),
      averagesHolder,
      el('h3', { className: 'tt-dists-heading', text: t('teacher.dist.heading') }),
      distHolder,
    ],
  });
  render(false);
  return {
    element,
    async reverify() {
      raw = [];
      entries = [];
      await verifyFrom(0);
    },
  };
}

const VERDICT_MARKS: Readonly<Record<VerdictKind, string>> = {
  verified: '✓',
  tampered: '✗',
  'other-version': '≠',
  corrupt: '?',
  duplicate: '=',
};

function csvName(kind: 'results' | 'moves'): string {
  const day = new Date().toISOString().slice(0, 10);
  return `tariff-talks-${kind}-${day}.csv`;
}

/** The class's means beside the real deal's figures (at the start of a game, as on the chart). */
function averagesTable(scenario: Scenario, summaries: readonly StudentSummary[]): HTMLElement {
  const averages = classAverages(summaries);
  const history = historicalSummary(scenario);
  if (!averages) return el('p', { className: 'tt-muted', text: t('teacher.chart.none') });
  const date = scenario.data.historicalDeal ? formatDate(scenario.data.historicalDeal.date) : '';
  const rows: [string, string, string][] = [
    [t('teacher.averages.games'), String(averages.count), ''],
    [t('teacher.averages.dealRate'), formatShare(averages.dealRate), history ? t('teacher.table.deal') : ''],
    [
      t('teacher.averages.meetings'),
      averages.meetings.toFixed(1),
      history ? String(scenario.meetingCount) : '',
    ],
  ];
  for (const p of [0, 1] as const) {
    const party = scenario.parties[p].name;
    rows.push([
      t('teacher.table.utility', { party }),
      formatPoints(averages.utilities[p]),
      history ? formatPoints(history.utilities[p]) : '',
    ]);
  }
  for (const p of [0, 1] as const) {
    const party = scenario.parties[p].name;
    rows.push([
      t('teacher.averages.share', { party }),
      formatShare(averages.shares[p]),
      history ? formatShare(history.shares[p]) : '',
    ]);
  }
  rows.push([
    t('teacher.averages.nash'),
    averages.nashDistance === null ? '' : formatDistance(averages.nashDistance),
    history?.nashDistance != null ? formatDistance(history.nashDistance) : '',
  ]);
  rows.push([
    t('teacher.averages.pareto'),
    formatDistance(averages.paretoDistance),
    history ? formatDistance(history.paretoDistance) : '',
  ]);
  for (const tariff of averages.tariffs) {
    const real = history?.tariffs.find((r) => r.issue === tariff.issue);
    const unit = real?.unit ?? '%';
    rows.push([tariff.name, formatRate(tariff.rate, unit), real ? formatRate(real.rate, real.unit) : '']);
  }
  for (const p of [0, 1] as const) {
    const party = scenario.parties[p].name;
    rows.push([
      t('teacher.table.jobs', { party }),
      formatJobs(averages.jobs[p]),
      history ? formatJobs(history.jobs[p]) : '',
    ]);
  }
  for (const p of [0, 1] as const) {
    const party = scenario.parties[p].name;
    rows.push([
      t('teacher.table.approval', { party }),
      formatApproval(averages.approval[p]),
      history ? formatApproval(history.approval[p]) : '',
    ]);
  }
  return el('table', {
    className: 'tt-averages-table',
    attrs: { id: 'tt-averages' },
    children: [
      el('caption', { text: t('teacher.averages.caption', { count: averages.count }) }),
      el('thead', {
        children: [
          el('tr', {
            children: [
              el('th', { attrs: { scope: 'col' }, text: t('teacher.averages.figure') }),
              el('th', { attrs: { scope: 'col' }, className: 'tt-num', text: t('teacher.averages.class') }),
              el('th', {
                attrs: { scope: 'col' },
                className: 'tt-num',
                text: history ? t('teacher.averages.real', { date }) : t('teacher.averages.noReal'),
              }),
            ],
          }),
        ],
      }),
      el('tbody', {
        children: rows.map(([label, mine, real]) =>
          el('tr', {
            children: [
              el('th', { attrs: { scope: 'row' }, text: label }),
              el('td', { className: 'tt-num', text: mine }),
              el('td', { className: 'tt-num', text: real }),
            ],
          }),
        ),
      }),
    ],
  });
}

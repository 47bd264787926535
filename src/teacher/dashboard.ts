/**
 * The class dashboard: codes pasted or uploaded, each replayed (a few per macrotask, with progress, so no input
 * freezes the page) and marked; then the sortable class table, the class's deals on the negotiation-dance chart,
 * dot plots of tariffs, jobs and approval, the class averages against the real deal, a projector view and the
 * two CSV files. Every text from a code or a scenario is set as textContent. This file puts the parts together
 * and keeps what they share: the entries, the scenario chosen for the charts and whether names are hidden.
 */
import { t } from '../i18n/page-catalog.ts';
import type { ClassSession, ScenarioLookup, SessionLookup } from '../model/code/index.ts';
import { announce, el } from '../ui/dom.ts';
import { countsText, mainScenario } from './class-entries.ts';
import { classTable } from './class-table.ts';
import { classVerifier } from './class-verifier.ts';
import { type AddedCodes, codesInput } from './codes-input.ts';
import { csvExport } from './csv-export.ts';
import { dashboardCharts } from './dashboard-charts.ts';
import { projectorControls } from './projector.ts';
import { sessionLinkInput } from './session-link-input.ts';

export { MAX_CODES_FILE_BYTES } from './codes-input.ts';

export interface DashboardDeps {
  readonly codes: () => readonly string[];
  readonly lookup: () => ScenarioLookup;
  /** The teacher's stored sessions, by id: every code is checked against the session it names. */
  readonly sessions: () => SessionLookup;
  /** The codes a live server sent with its signature (their entries say "verified by the server"). */
  readonly signed: () => ReadonlySet<string>;
  /** Stores new entries; returns how many were added and skipped. */
  readonly addCodes: (entries: readonly string[]) => AddedCodes;
  readonly clearCodes: () => void;
  /** Stores a session pasted by its link (set up in another browser). */
  readonly addSession: (session: ClassSession) => void;
}

export interface Dashboard {
  readonly element: HTMLElement;
  /** Verifies every stored code again (after a load, an import, or a new scenario file). */
  reverify(): Promise<void>;
  /**
   * Verifies the codes from position `from` on (added by the live board), keeping the earlier verdicts; with no
   * new code it only marks the entries again (a signature arrived for a code already listed).
   */
  verifyFrom(from: number): Promise<void>;
}

export function dashboard(deps: DashboardDeps): Dashboard {
  let hideNames = false;
  let chartScenario: string | null = null;

  const verifier = classVerifier({
    codes: deps.codes,
    lookup: deps.lookup,
    sessions: deps.sessions,
    signed: deps.signed,
    onVerified: () => render(true),
  });
  const entries = verifier.entries;
  const scenario = () => mainScenario(entries(), chartScenario);
  const table = classTable({ entries, scenario, hideNames: () => hideNames });
  const charts = dashboardCharts({
    entries,
    scenario,
    hideNames: () => hideNames,
    choose: (key) => {
      chartScenario = key;
    },
  });
  const csv = csvExport(entries);
  const counts = el('p', { className: 'tt-counts', attrs: { id: 'tt-counts' } });

  const render = (announceIt: boolean) => {
    const text = countsText(entries());
    counts.textContent = text;
    if (announceIt) announce(text);
    table.render();
    charts.render();
    csv.refresh();
  };

  const input = codesInput({
    codes: deps.codes,
    addCodes: deps.addCodes,
    clearCodes: () => {
      deps.clearCodes();
      verifier.reset();
    },
    verifyFrom: verifier.verifyFrom,
    onCleared: () => render(true),
    progressLine: verifier.progressLine,
  });
  const viewControls = projectorControls((hidden) => {
    hideNames = hidden;
    table.render();
    charts.render();
  });

  const element = el('section', {
    className: 'tt-panel tt-dashboard',
    attrs: { id: 'dashboard', 'aria-labelledby': 'dashboard-heading' },
    children: [
      el('h2', { attrs: { id: 'dashboard-heading' }, text: t('teacher.dashboard.heading') }),
      input,
      sessionLinkInput({
        addSession(session) {
          deps.addSession(session);
          void verifier.verifyFrom(0);
        },
      }),
      counts,
      el('div', { className: 'tt-row tt-view-controls', children: [...viewControls, ...csv.elements] }),
      ...table.elements,
      ...charts.elements,
    ],
  });
  render(false);
  return {
    element,
    async reverify() {
      verifier.reset();
      await verifier.verifyFrom(0);
    },
    verifyFrom: (from) => verifier.verifyFrom(from),
  };
}

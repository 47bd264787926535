/**
 * The teacher's page (teacher.html): plain DOM and the same model as the game, no Phaser. Loads the shipped
 * scenarios and the teacher's stored data, then builds the three parts: session set-up, the class dashboard and
 * the teacher's data. Every text is set as textContent.
 */
import { t } from '../i18n/catalog.ts';
import { sessionLookupOf } from '../model/code/session-check.ts';
import type { Scenario } from '../model/scenario.ts';
import { el } from '../ui/dom.ts';
import { type Dashboard, dashboard } from './dashboard.ts';
import { dataPanel, problemText } from './data-panel.ts';
import { customScenarios, type KnownScenario, loadShipped, lookupOf } from './scenarios.ts';
import { setupSection } from './setup.ts';
import {
  addCodes,
  addScenario,
  addSession,
  loadData,
  mergeData,
  SET_ASIDE_KEY,
  type StoredSession,
  saveData,
  type TeacherData,
  type TeacherStorage,
} from './store.ts';

function browserStorage(): TeacherStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

async function start(): Promise<void> {
  const root = document.getElementById('teacher');
  if (!root) return;
  document.title = t('teacher.title');
  const heading = document.querySelector('.tt-teacher-header h1');
  if (heading) heading.textContent = t('teacher.title');
  const back = document.querySelector('.tt-teacher-header a');
  if (back) back.textContent = t('teacher.back');
  const notices = el('div', { className: 'tt-notices', attrs: { role: 'alert' } });
  const loading = el('p', { className: 'tt-muted', text: t('app.loading') });
  root.replaceChildren(notices, loading);

  const notice = (text: string) => notices.appendChild(el('p', { className: 'tt-notice', text }));
  const storage = browserStorage();
  const loaded = loadData(storage);
  let data: TeacherData = loaded.data;
  if (loaded.kind === 'unavailable') notice(t('teacher.storage.unavailable'));
  if (loaded.kind === 'set-aside')
    notice(
      loaded.copied
        ? t('teacher.storage.setAside', { reason: problemText(loaded.problem), key: SET_ASIDE_KEY })
        : t('teacher.storage.damaged', { reason: problemText(loaded.problem) }),
    );

  let fullShown = false;
  /** Keeps `next` in the page and stores it; a full storage is said once, and the page goes on. */
  const persist = (next: TeacherData): boolean => {
    data = next;
    const saved = saveData(storage, next);
    if (saved.ok) return true;
    if (!fullShown) {
      notice(saved.error === 'full' ? t('teacher.storage.full') : t('teacher.storage.unavailable'));
      fullShown = true;
    }
    return false;
  };

  const shipped = await loadShipped();
  for (const id of shipped.failed) notice(t('teacher.scenarioFailed', { id }));
  let known: KnownScenario[] = [];
  const rebuildKnown = () => {
    const custom = customScenarios(data.scenarios);
    for (const name of custom.broken) notice(t('teacher.storedFileBroken', { name }));
    known = [...shipped.loaded, ...custom.known];
  };
  rebuildKnown();
  let lookup = lookupOf(known);

  const scenarioOf = (stored: StoredSession): Scenario | null =>
    known.find(
      (k) => k.scenario.id === stored.session.scenario.id && k.scenario.hash === stored.session.scenario.hash,
    )?.scenario ?? null;

  let board: Dashboard | null = null;
  const setup = setupSection({
    known: () => known,
    onUpload(file, scenario) {
      persist(addScenario(data, file));
      if (!known.some((k) => k.scenario.hash === scenario.hash))
        known = [...known, { scenario, shipped: null, file: file.name }];
      lookup = lookupOf(known);
      void board?.reverify();
    },
    onCreate(stored) {
      persist(addSession(data, stored));
      panel.refresh();
      void board?.reverify();
    },
  });
  board = dashboard({
    codes: () => data.codes,
    lookup: () => lookup,
    addCodes(entries) {
      const result = addCodes(data, entries);
      persist(result.data);
      return result;
    },
    clearCodes() {
      persist({ ...data, codes: [] });
    },
    sessions: () => sessionLookupOf(data.sessions.map((s) => s.session)),
    addSession(session) {
      persist(addSession(data, { session, created: new Date().toISOString(), scenarioFile: null }));
      panel.refresh();
    },
  });
  const panel = dataPanel({
    data: () => data,
    scenarioOf,
    show: (stored) => {
      setup.show(stored);
      document.getElementById('setup')?.scrollIntoView();
    },
    importData(imported) {
      const merged = mergeData(data, imported);
      const saved = persist(merged.data);
      rebuildKnown();
      lookup = lookupOf(known);
      setup.refreshScenarios();
      void board?.reverify();
      return { added: merged.added, saved };
    },
  });

  const nav = el('nav', {
    className: 'tt-teacher-nav',
    attrs: { 'aria-label': t('teacher.nav') },
    children: [
      el('a', { attrs: { href: '#setup' }, text: t('teacher.setup.heading') }),
      el('a', { attrs: { href: '#dashboard' }, text: t('teacher.dashboard.heading') }),
      el('a', { attrs: { href: '#data' }, text: t('teacher.data.heading') }),
    ],
  });
  const main = el('main', {
    className: 'tt-print-path',
    children: [setup.element, board.element, panel.element],
  });
  root.replaceChildren(notices, nav, main);
  await board.reverify();
  root.dataset.ready = 'true';
}

void start();

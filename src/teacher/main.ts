/**
 * The teacher's page (teacher.html): plain DOM and the same model as the game, no Phaser. Loads the shipped
 * scenarios and the teacher's stored data, then builds the three parts: session set-up, the class dashboard and
 * the teacher's data. Every text is set as textContent.
 *
 * Nothing stored can stop the page (issue 9): each stored item is loaded on its own and one that fails is set
 * aside by name (store.ts); each part is built inside a guard, and a part that fails says so while the others are
 * shown; the page always gets past "Loading…".
 */
import { startLanguage } from '../app/language.ts';
import { startPwa } from '../app/pwa.ts';
import { loadShippedTranslations } from '../app/scenarios.ts';
import { t } from '../i18n/page-catalog.ts';
import { sessionLookupOf } from '../model/code/session-check.ts';
import { sameContent } from '../model/hash.ts';
import type { Scenario } from '../model/scenario.ts';
import { liveEndpoint } from '../net/protocol.ts';
import { el } from '../ui/dom.ts';
import { type Dashboard, dashboard } from './dashboard.ts';
import { type DataPanel, dataPanel, problemText } from './data-panel.ts';
import { loadMarker, markExported, noteChange, requestPersistence } from './export-marker.ts';
import { checkImport } from './import-check.ts';
import { languageSwitch, restoreDrafts } from './language-switch.ts';
import { colyseusConnection } from './live-connection.ts';
import { liveServerReachable } from './live-health.ts';
import { type LivePanel, livePanel } from './live-panel.ts';
import { addLiveResult, addLiveSession, signedCodes } from './live-results.ts';
import { compileStored, type KnownScenario, loadShipped, lookupOf } from './scenarios.ts';
import { type SetupSection, setupSection } from './setup.ts';
import {
  addCodes,
  addScenario,
  addSession,
  emptyData,
  type LoadResult,
  loadData,
  mergeData,
  SET_ASIDE_ITEMS_KEY,
  type StoredScenario,
  type StoredSession,
  saveData,
  type TeacherData,
  type TeacherStorage,
} from './store.ts';

type Part = 'setup' | 'live' | 'dashboard' | 'data' | 'load' | 'verify';

function browserStorage(): TeacherStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

const reasonOf = (error: unknown): string => String(error).slice(0, 300);

async function start(root: HTMLElement, notices: HTMLElement): Promise<void> {
  const notice = (text: string) => notices.appendChild(el('p', { className: 'tt-notice', text }));
  /** Runs one part of the page; a part that throws is named in a notice and the rest of the page goes on. */
  const guard = <T>(part: Part, build: () => T): T | null => {
    try {
      return build();
    } catch (error) {
      notice(t('teacher.boot.failed', { part: t(`teacher.boot.part.${part}`), reason: reasonOf(error) }));
      return null;
    }
  };

  const storage = browserStorage();
  /** Compiled stored scenario files, by text (each is compiled once, when it is loaded). */
  const compiled = new Map<string, Scenario>();
  const loaded: LoadResult = guard('load', () =>
    loadData(storage, (file) => {
      const result = compileStored(file.text);
      if (!result.ok) return result.error;
      compiled.set(file.text, result.value);
      return null;
    }),
  ) ?? { kind: 'loaded', data: emptyData(), setAside: [], copied: false };
  let data: TeacherData = loaded.data;
  /** Stored text that could not be set aside stays as it was: nothing is written over it. */
  const readOnly = (loaded.kind === 'loaded' || loaded.kind === 'set-aside') && !loaded.copied;
  if (loaded.kind === 'unavailable') notice(t('teacher.storage.unavailable'));
  if (loaded.kind === 'set-aside')
    notice(
      loaded.copied
        ? t('teacher.storage.setAside', { reason: problemText(loaded.problem), key: loaded.key })
        : t('teacher.storage.damaged', { reason: problemText(loaded.problem) }),
    );
  if (loaded.kind === 'loaded')
    for (const item of loaded.setAside) {
      const vars = { kind: t(`teacher.storage.kind.${item.kind}`), label: item.label, reason: item.reason };
      notice(
        loaded.copied
          ? t('teacher.storage.itemSetAside', { ...vars, key: SET_ASIDE_ITEMS_KEY })
          : t('teacher.storage.itemNotMoved', vars),
      );
    }

  let marker = loadMarker(storage);
  const askPersistence = requestPersistence(
    typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : undefined,
  );
  let panel: DataPanel | null = null;
  let fullShown = false;
  /** Keeps `next` in the page and stores it; a full storage is said once, and the page goes on. */
  const persist = (next: TeacherData): boolean => {
    const changed = next !== data;
    data = next;
    if (changed) {
      marker = noteChange(storage, marker);
      void askPersistence().then((answer) => panel?.setPersistence(answer));
    }
    panel?.refresh();
    const saved = readOnly ? null : saveData(storage, next);
    if (saved?.ok) return true;
    if (!fullShown) {
      notice(
        saved === null
          ? t('teacher.storage.readOnly')
          : saved.error === 'full'
            ? t('teacher.storage.full')
            : t('teacher.storage.unavailable'),
      );
      fullShown = true;
    }
    return false;
  };

  const shipped = await loadShipped().catch(() => ({ loaded: [], failed: [] }));
  for (const id of shipped.failed) notice(t('teacher.scenarioFailed', { id }));
  let known: KnownScenario[] = [];
  const rebuildKnown = () => {
    const custom: KnownScenario[] = [];
    for (const file of data.scenarios) {
      const scenario = compiled.get(file.text);
      if (scenario) custom.push({ scenario, shipped: null, file: file.name });
    }
    known = [...shipped.loaded, ...custom];
  };
  rebuildKnown();
  let lookup = lookupOf(known);

  const scenarioOf = (stored: StoredSession): Scenario | null =>
    known.find(
      (k) =>
        k.scenario.id === stored.session.scenario.id &&
        sameContent(k.scenario.hash, stored.session.scenario.hash),
    )?.scenario ?? null;

  let board: Dashboard | null = null;
  const reverify = async () => {
    try {
      await board?.reverify();
    } catch (error) {
      notice(t('teacher.boot.failed', { part: t('teacher.boot.part.verify'), reason: reasonOf(error) }));
    }
  };
  let live: LivePanel | null = null;
  /** A valid uploaded scenario file (from the set-up or the live form): stored, known, codes checked again. */
  const onUpload = (file: StoredScenario, scenario: Scenario) => {
    compiled.set(file.text, scenario);
    persist(addScenario(data, file));
    if (!known.some((k) => k.scenario.hash === scenario.hash))
      known = [...known, { scenario, shipped: null, file: file.name }];
    lookup = lookupOf(known);
    setup?.refreshScenarios();
    live?.refreshScenarios();
    void reverify();
  };
  const setup: SetupSection | null = guard('setup', () =>
    setupSection({
      known: () => known,
      onUpload,
      onCreate(stored) {
        persist(addSession(data, stored));
        void reverify();
      },
    }),
  );
  live = guard('live', () =>
    livePanel({
      storage,
      origin: location.origin,
      reachable: async () =>
        navigator.onLine !== false &&
        (await liveServerReachable(location.origin, (url, init) => fetch(url, init))),
      connect: () => colyseusConnection(liveEndpoint(location), { origin: location.origin }),
      known: () => known,
      fileText: (scenario) =>
        data.scenarios.find((file) => compiled.get(file.text)?.hash === scenario.hash)?.text ?? null,
      onUpload,
      scenarioFor: (session) =>
        known.find(
          (k) => k.scenario.id === session.scenario.id && sameContent(k.scenario.hash, session.scenario.hash),
        )?.scenario ?? null,
      onSession(session, file) {
        const next = addLiveSession(data, session, new Date().toISOString(), file);
        if (next === data) return;
        persist(next);
        void reverify();
      },
      onResult(result) {
        const before = data.codes.length;
        const added = addLiveResult(data, result);
        if (!added.kept) return;
        if (added.data !== data) persist(added.data);
        void board?.verifyFrom(added.added ? before : data.codes.length).catch(() => undefined);
      },
    }),
  );
  board = guard('dashboard', () =>
    dashboard({
      codes: () => data.codes,
      signed: () => signedCodes(data),
      lookup: () => lookup,
      addCodes(entries) {
        const result = addCodes(data, entries);
        if (result.added > 0) persist(result.data);
        return result;
      },
      clearCodes() {
        // The server's signatures go with the codes they sign.
        const { signed: _signed, ...rest } = data;
        persist({ ...rest, codes: [] });
      },
      sessions: () => sessionLookupOf(data.sessions.map((s) => s.session)),
      addSession(session) {
        persist(addSession(data, { session, created: new Date().toISOString(), scenarioFile: null }));
      },
    }),
  );
  panel = guard('data', () =>
    dataPanel({
      data: () => data,
      scenarioOf,
      show: (stored) => {
        setup?.show(stored);
        document.getElementById('setup')?.scrollIntoView();
      },
      importData(imported) {
        const checked = checkImport(
          imported,
          known.map((k) => k.scenario),
        );
        if (!checked.ok) return { kind: 'refused', problems: checked.error };
        for (const { text, scenario } of checked.value) compiled.set(text, scenario);
        const merged = mergeData(data, imported);
        const saved = persist(merged.data);
        marker = markExported(storage);
        panel?.refresh();
        rebuildKnown();
        lookup = lookupOf(known);
        setup?.refreshScenarios();
        void reverify();
        return { kind: 'imported', added: merged.added, saved };
      },
      changes: () => marker.changes,
      onExported: () => {
        marker = markExported(storage);
      },
    }),
  );
  if (panel && navigator.storage?.persisted)
    void navigator.storage
      .persisted()
      .then((kept) => (kept ? panel?.setPersistence('granted') : undefined))
      .catch(() => undefined);

  const nav = el('nav', {
    className: 'tt-teacher-nav',
    attrs: { 'aria-label': t('teacher.nav') },
    children: [
      el('a', { attrs: { href: '#setup' }, text: t('teacher.setup.heading') }),
      el('a', { attrs: { href: '#live' }, text: t('teacherLive.nav') }),
      el('a', { attrs: { href: '#dashboard' }, text: t('teacher.dashboard.heading') }),
      el('a', { attrs: { href: '#data' }, text: t('teacher.data.heading') }),
    ],
  });
  const parts = [setup?.element, live?.element, board?.element, panel?.element].filter(
    (p): p is HTMLElement => !!p,
  );
  const main = el('main', { className: 'tt-print-path', children: parts });
  root.replaceChildren(notices, nav, main);
  await reverify();
}

/** Boots the page inside a guard: whatever fails, a message is shown and the page gets past "Loading…". */
async function boot(): Promise<void> {
  const root = document.getElementById('teacher');
  if (!root) return;
  const notices = el('div', { className: 'tt-notices', attrs: { role: 'alert' } });
  try {
    const lang = await startLanguage();
    await loadShippedTranslations(lang);
    document.title = t('teacher.title');
    const heading = document.querySelector('.tt-teacher-header h1');
    if (heading) heading.textContent = t('teacher.title');
    const back = document.querySelector('.tt-teacher-header a');
    if (back) back.textContent = t('teacher.back');
    document.querySelector('.tt-teacher-header')?.append(languageSwitch(lang));
    root.replaceChildren(notices, el('p', { className: 'tt-muted', text: t('app.loading') }));
    await start(root, notices);
    restoreDrafts();
  } catch (error) {
    notices.appendChild(
      el('p', {
        className: 'tt-notice',
        text: t('teacher.boot.failed', { part: t('teacher.boot.part.load'), reason: reasonOf(error) }),
      }),
    );
    if (!root.querySelector('main')) root.replaceChildren(notices);
  } finally {
    root.dataset.ready = 'true';
  }
}

// The offline copy is set up once the page is built (its codes checked), never during the first load.
const booted = boot();
startPwa(booted);

/**
 * The designer's workbench (designer.html): plain DOM and the same model as the game, no Phaser. A designer opens
 * a scenario file (picker or drop; with the dev server, `designer.html?watch=<path in the project>` reloads it on
 * every save) and sees its problems with paths and lines, its issues and levels, any package scored, one seeded
 * computer-vs-computer game with the computer's reasons, and a balance run with the figures and charts of
 * `npm run balance`. Every text is set as textContent; the file never leaves the browser.
 */
import { LANGUAGE_NAMES, startLanguage } from '../app/language.ts';
import { startPwa } from '../app/pwa.ts';
import {
  checkPicked,
  checkScenarioText,
  type NotOneFile,
  type ScenarioFileCheck,
} from '../app/scenario-file.ts';
import { LANGUAGES, type Language, t } from '../i18n/page-catalog.ts';
import { el } from '../ui/dom.ts';
import { refusalText } from '../ui/frame/file-report.ts';
import { balanceView } from './balance-view.ts';
import { gameView } from './game-view.ts';
import { issuesView } from './issues-view.ts';
import { packageView } from './package-view.ts';
import { section } from './parts.ts';
import { problemsView } from './problems-view.ts';
import { watchedPath, watchFile } from './watch.ts';

/** Stops the balance run of the file shown, if one is running. */
let stopRun: (() => void) | null = null;

interface Page {
  readonly status: HTMLElement;
  readonly problems: HTMLElement;
  readonly details: HTMLElement;
}

function show(page: Page, check: ScenarioFileCheck | NotOneFile): void {
  // A run of the file shown before stops: its figures would belong to another file.
  stopRun?.();
  stopRun = null;
  page.details.replaceChildren();
  if (check.kind === 'refused') {
    page.status.textContent = refusalText(check.refusal);
    page.problems.replaceChildren();
    return;
  }
  if (check.kind === 'problems') {
    page.status.textContent = t('designer.file.broken', { name: check.name });
    page.problems.replaceChildren(...problemsView(check.problems));
    return;
  }
  const { scenario } = check;
  page.status.textContent = t('designer.file.loaded', {
    name: check.source.name,
    title: scenario.title,
    version: scenario.version,
  });
  page.problems.replaceChildren(...problemsView(check.warnings));
  const issues = section('tt-designer-issues', t('designer.issues.heading'), t('designer.issues.lead'));
  issues.append(...issuesView(scenario));
  const pkg = section('tt-designer-package', t('designer.package.heading'), t('designer.package.lead'));
  pkg.append(packageView(scenario));
  const game = section('tt-designer-game', t('designer.game.heading'), t('designer.game.lead'));
  game.append(gameView(scenario));
  const balance = section('tt-designer-balance', t('designer.balance.heading'), t('designer.balance.lead'));
  const run = balanceView(scenario, check.source.name);
  stopRun = run.stop;
  balance.append(run.node);
  page.details.append(issues, pkg, game, balance);
}

function fileSection(page: Page): HTMLElement {
  const node = section('tt-designer-file', t('designer.file.heading'), t('designer.file.lead'));
  const input = el('input', {
    attrs: { id: 'tt-designer-file-input', type: 'file', accept: '.json,application/json' },
  });
  const open = async (files: FileList | null) => {
    const check = await checkPicked(files, () => {});
    if (check) show(page, check);
  };
  input.addEventListener('change', () => {
    void open(input.files).finally(() => {
      input.value = '';
    });
  });
  const drop = el('div', {
    className: 'tt-designer-drop',
    children: [
      el('label', { text: t('designer.file.choose'), attrs: { for: 'tt-designer-file-input' } }),
      input,
    ],
  });
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('tt-designer-drop-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('tt-designer-drop-over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('tt-designer-drop-over');
    void open(event.dataTransfer?.files ?? null);
  });
  node.append(drop, page.status);
  return node;
}

function header(lang: Language): void {
  document.title = t('designer.title');
  const title = document.getElementById('tt-designer-title');
  if (title) title.textContent = t('designer.title');
  const links = document.getElementById('tt-designer-links');
  if (!links) return;
  const back = el('a', { text: t('designer.back'), attrs: { href: 'index.html' } });
  const languages = LANGUAGES.map((l) => {
    const url = new URL(location.href);
    url.searchParams.set('lang', l);
    return el('a', {
      text: LANGUAGE_NAMES[l],
      attrs: { href: url.search, lang: l, ...(l === lang ? { 'aria-current': 'true' } : {}) },
    });
  });
  links.replaceChildren(
    back,
    el('span', {
      className: 'tt-designer-languages',
      attrs: { role: 'group', 'aria-label': t('designer.language') },
      children: languages,
    }),
  );
}

async function start(root: HTMLElement): Promise<void> {
  const lang = await startLanguage();
  header(lang);
  const page: Page = {
    status: el('p', {
      className: 'tt-designer-file-status',
      attrs: { id: 'tt-designer-file-status', role: 'status' },
      text: t('designer.file.none'),
    }),
    problems: el('div', { attrs: { id: 'tt-designer-problems' } }),
    details: el('div', { attrs: { id: 'tt-designer-details' } }),
  };
  const problems = section('tt-designer-problems-section', t('designer.problems.heading'), null);
  problems.append(page.problems);
  root.replaceChildren(fileSection(page), problems, page.details);
  const path = watchedPath(location.search);
  if (path !== null)
    watchFile(path, (result) => {
      if (result.kind === 'failed') {
        page.status.textContent = t('designer.file.watchFailed', { path });
        return;
      }
      show(page, checkScenarioText(path, result.text));
      page.status.append(
        el('br'),
        document.createTextNode(t('designer.file.watching', { path })),
        el('br'),
        document.createTextNode(t('designer.file.reloaded', { time: new Date().toLocaleTimeString() })),
      );
    });
}

const root = document.getElementById('designer');
if (root) {
  const started = start(root);
  // Removes the file:// notice and, in the build, registers the service worker (offline, like the other pages).
  startPwa(started.catch(() => {}));
  started.catch((error: unknown) => {
    root.replaceChildren(
      el('p', {
        className: 'tt-notice',
        text: t('designer.bootFailed', { reason: String(error).slice(0, 300) }),
      }),
    );
  });
}

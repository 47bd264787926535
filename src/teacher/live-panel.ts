/**
 * The live session part of teacher.html: checks that the live server served the page (`/healthz`; if not, it
 * says how to start it and the rest of the page works as before), starts a live session from the form, shows
 * the class code large with the QR code of the join link and the short link, and then the live board with the
 * whole-class controls: pause and resume, an announcement, moving the meetings on, ending the session. The class
 * code and teacher token are kept in the browser (live-storage.ts) so a reload returns to the board; the token is
 * never shown. Results and the session go to the dashboard through `deps`.
 */
import QRCode from 'qrcode';
import { t } from '../i18n/page-catalog.ts';
import type { ClassSession } from '../model/code/session-link.ts';
import type { Scenario } from '../model/scenario.ts';
import {
  type Board,
  LIVE_PARAM,
  type LiveConfig,
  type LiveResult,
  MAX_CHAT_LENGTH,
  SHORT_LINK_PREFIX,
} from '../net/protocol.ts';
import { announce, button, el } from '../ui/dom.ts';
import { liveBoard } from './live-board.ts';
import { boardView, pairLabel } from './live-board-rows.ts';
import type { LiveConnection, LiveProblem, LiveStatus } from './live-connection.ts';
import { liveForm } from './live-form.ts';
import { healthUrl } from './live-health.ts';
import { clearLiveSeat, type LiveSeat, readLiveSeat, saveLiveSeat } from './live-storage.ts';
import type { KnownScenario } from './scenarios.ts';
import type { StoredScenario, TeacherStorage } from './store.ts';

export const ANNOUNCE_TITLE_MAX = 120;

export interface LivePanelDeps {
  readonly storage: TeacherStorage | null;
  /** The page's origin, e.g. "http://192.168.1.20:2567". */
  readonly origin: string;
  /** True when the live server answers at the origin. */
  readonly reachable: () => Promise<boolean>;
  /** Makes the connection (once, when first needed). */
  readonly connect: () => LiveConnection;
  readonly known: () => readonly KnownScenario[];
  readonly fileText: (scenario: Scenario) => string | null;
  readonly onUpload: (file: StoredScenario, scenario: Scenario) => void;
  /** The scenario a live session plays, if it is loaded on this page. */
  readonly scenarioFor: (session: ClassSession) => Scenario | null;
  /** The board's session: store it with the teacher's sessions (`file`: the designer's file it plays, if known). */
  readonly onSession: (session: ClassSession, file: string | null) => void;
  /** A pair's signed result: into the dashboard. */
  readonly onResult: (result: LiveResult) => void;
}

export interface LivePanel {
  readonly element: HTMLElement;
  refreshScenarios(): void;
}

/** The join link in the QR code and the short link students can type. */
export function joinLinks(origin: string, code: string): { readonly join: string; readonly short: string } {
  return {
    join: new URL(`/index.html?${LIVE_PARAM}=${encodeURIComponent(code)}`, origin).href,
    short: new URL(`${SHORT_LINK_PREFIX}${encodeURIComponent(code)}`, origin).href,
  };
}

const problemLine = (problem: LiveProblem): string =>
  problem.code === 'REFUSED'
    ? t('teacherLive.problem.REFUSED', { message: problem.message })
    : t(`teacherLive.problem.${problem.code}`);

export function livePanel(deps: LivePanelDeps): LivePanel {
  let connection: LiveConnection | null = null;
  let seat: LiveSeat | null = null;
  let board: Board | null = null;
  let startedFile: string | null = null;

  const serverNote = el('p', {
    className: 'tt-muted',
    attrs: { id: 'tt-live-server', role: 'status' },
    text: t('teacherLive.server.needed'),
  });
  const notice = el('p', { className: 'tt-problem-line', attrs: { role: 'alert', id: 'tt-live-notice' } });
  const status = el('p', { className: 'tt-live-status', attrs: { id: 'tt-live-status', role: 'status' } });
  const joinBox = el('div', { className: 'tt-live-join' });
  const live = el('div', { className: 'tt-live-area', attrs: { id: 'tt-live-area' } });
  live.hidden = true;

  const form = liveForm({
    known: deps.known,
    fileText: deps.fileText,
    onUpload: deps.onUpload,
    onStart: (config, file) => void start(config, file),
  });
  form.element.hidden = true;

  const drawBoard = liveBoard({
    assign: (seatId, pair, side) => send('assign', { seat: seatId, pair, side }),
    computer: (pair, side) => send('computer', { pair, side }),
  });

  const send: LiveConnection['send'] = (type, payload) => {
    const sent = connection?.send(type, payload) ?? false;
    notice.textContent = sent ? '' : t('teacherLive.notSent');
    return sent;
  };

  // Whole-class controls.
  const pause = button(t('teacherLive.pause'), () => send(board?.paused ? 'resume' : 'pause', {}), {
    attrs: { id: 'tt-live-pause' },
  });
  const advance = button(t('teacherLive.advance'), () => {
    if (window.confirm(t('teacherLive.advanceConfirm'))) send('advance', {});
  });
  const end = button(
    t('teacherLive.end'),
    () => {
      if (window.confirm(t('teacherLive.endConfirm'))) send('end', {});
    },
    { attrs: { id: 'tt-live-end' } },
  );
  const again = button(t('teacherLive.again'), () => leave(), { className: 'tt-primary' });
  again.hidden = true;
  const titleInput = el('input', {
    className: 'tt-text',
    attrs: {
      type: 'text',
      id: 'tt-live-ann-title',
      maxlength: String(ANNOUNCE_TITLE_MAX),
      autocomplete: 'off',
    },
  });
  const textInput = el('textarea', {
    className: 'tt-codes-input tt-live-ann-text',
    attrs: { id: 'tt-live-ann-text', rows: '2', maxlength: String(MAX_CHAT_LENGTH) },
  });
  const annNote = el('p', { className: 'tt-muted', attrs: { role: 'status' } });
  const announceForm = el('form', {
    className: 'tt-live-announce',
    attrs: { novalidate: '' },
    children: [
      el('h4', { text: t('teacherLive.announce.heading') }),
      el('label', { attrs: { for: 'tt-live-ann-title' }, text: t('teacherLive.announce.title') }),
      titleInput,
      el('label', { attrs: { for: 'tt-live-ann-text' }, text: t('teacherLive.announce.text') }),
      textInput,
      el('button', {
        className: 'tt-button',
        attrs: { type: 'submit' },
        text: t('teacherLive.announce.send'),
      }),
      annNote,
    ],
  });
  announceForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const title = titleInput.value.trim().slice(0, ANNOUNCE_TITLE_MAX);
    const text = textInput.value.trim().slice(0, MAX_CHAT_LENGTH);
    if (title === '' && text === '') {
      annNote.textContent = t('teacherLive.announce.empty');
      return;
    }
    if (send('announce', { title, text })) {
      titleInput.value = '';
      textInput.value = '';
      annNote.textContent = t('teacherLive.announce.sent');
      announce(t('teacherLive.announce.sent'));
    }
  });
  const controls = el('div', {
    className: 'tt-live-controls',
    children: [
      el('h3', { text: t('teacherLive.controls') }),
      el('div', { className: 'tt-row', children: [pause, advance, end, again] }),
      announceForm,
    ],
  });

  let connected: LiveStatus = 'closed';
  /** The status line: the connection's state, or that the session is paused or ended. */
  const showStatus = () => {
    status.dataset.status = connected;
    status.textContent = board?.ended
      ? t('teacherLive.status.ended')
      : connected === 'open' && board?.paused
        ? t('teacherLive.status.paused')
        : connected === 'connecting' && seat
          ? t('teacherLive.rejoining', { code: seat.code })
          : t(`teacherLive.status.${connected}`);
  };
  const setStatus = (next: LiveStatus, problem: LiveProblem | null) => {
    connected = next;
    showStatus();
    if (problem && next === 'closed' && !board?.ended) notice.textContent = problemLine(problem);
  };

  const showJoin = (code: string) => {
    const links = joinLinks(deps.origin, code);
    const qr = el('canvas', {
      className: 'tt-qr',
      attrs: { role: 'img', id: 'tt-live-qr', 'aria-label': t('teacherLive.join.qr', { code }) },
    });
    const qrProblem = el('p', { className: 'tt-problem-line' });
    QRCode.toCanvas(qr, links.join, { errorCorrectionLevel: 'M', margin: 2, width: 240 }).catch(() => {
      qrProblem.textContent = t('teacherLive.join.qrFailed');
    });
    joinBox.replaceChildren(
      el('div', {
        className: 'tt-live-code-box',
        children: [
          el('p', { className: 'tt-live-code-label', text: t('teacherLive.join.code') }),
          el('p', { className: 'tt-live-code', attrs: { id: 'tt-live-code' }, text: code }),
          el('p', { className: 'tt-live-code-label', text: t('teacherLive.join.short') }),
          el('p', {
            className: 'tt-live-short',
            children: [el('a', { attrs: { href: links.short, id: 'tt-live-short' }, text: links.short })],
          }),
          el('p', { className: 'tt-muted', text: t('teacherLive.join.howTo') }),
        ],
      }),
      el('div', { children: [qr, qrProblem] }),
    );
  };

  const render = () => {
    const parties: readonly [string, string] = board
      ? (() => {
          const s = deps.scenarioFor(board.session);
          return s
            ? [s.parties[0].name, s.parties[1].name]
            : [board.session.parties[0], board.session.parties[1]];
        })()
      : ['', ''];
    drawBoard.render(board ? boardView(board, deps.scenarioFor(board.session)) : null, parties);
    pause.textContent = board?.paused ? t('teacherLive.resume') : t('teacherLive.pause');
    pause.setAttribute('aria-pressed', String(board?.paused ?? false));
    const ended = board?.ended ?? false;
    for (const b of [pause, advance, end]) b.hidden = ended;
    announceForm.hidden = ended;
    again.hidden = !ended;
    showStatus();
  };

  /** Listens to a new connection's messages. */
  const listen = (c: LiveConnection) => {
    c.onStatus(setStatus);
    c.on('board', (next) => {
      board = next;
      deps.onSession(next.session, startedFile);
      if (next.ended) {
        clearLiveSeat(deps.storage);
        seat = null;
      }
      render();
      if (next.ended) connection?.close();
    });
    c.on('result', (result) => {
      deps.onResult(result);
      announce(t('teacherLive.result', { pair: pairLabel(result.pair) }));
    });
    c.on('chat', (line) => {
      if (typeof line.pair === 'number') drawBoard.addChat(line.pair, line);
    });
    c.on('refused', (refused) => {
      notice.textContent = t('teacherLive.refused', { code: refused.code, message: refused.message });
    });
  };
  const ensureConnection = (): LiveConnection => {
    if (!connection) {
      connection = deps.connect();
      listen(connection);
    }
    return connection;
  };

  const showLive = (code: string) => {
    form.element.hidden = true;
    live.hidden = false;
    showJoin(code);
    render();
  };

  const start = async (config: LiveConfig, file: string | null) => {
    notice.textContent = '';
    form.setBusy(true);
    try {
      if (!(await check())) {
        form.setProblem(t('teacherLive.server.unreachable', { url: healthUrl(deps.origin) }));
        return;
      }
      const created = await ensureConnection().create(config);
      if (!created.ok) {
        form.setProblem(problemLine(created.error));
        return;
      }
      startedFile = file;
      seat = { code: created.value.code, teacherToken: created.value.teacherToken };
      if (!saveLiveSeat(deps.storage, seat)) notice.textContent = t('teacherLive.problem.storage');
      drawBoard.clearChat();
      board = null;
      showLive(seat.code);
    } finally {
      form.setBusy(false);
    }
  };

  /** Leaves an ended session's board and shows the form again. */
  const leave = () => {
    connection?.close();
    clearLiveSeat(deps.storage);
    seat = null;
    board = null;
    startedFile = null;
    drawBoard.clearChat();
    live.hidden = true;
    form.element.hidden = false;
    notice.textContent = '';
  };

  const rejoin = async (stored: LiveSeat) => {
    seat = stored;
    showLive(stored.code);
    const joined = await ensureConnection().rejoin(stored.code, stored.teacherToken);
    if (!joined.ok && joined.error.code === 'NO_SESSION') {
      clearLiveSeat(deps.storage);
      leave();
      notice.textContent = problemLine(joined.error);
    }
  };

  /** Asks the live server whether it is there, and says so. */
  const check = async (): Promise<boolean> => {
    serverNote.textContent = t('teacherLive.server.checking');
    const up = await deps.reachable();
    serverNote.textContent = up
      ? t('teacherLive.server.ok')
      : t('teacherLive.server.unreachable', { url: healthUrl(deps.origin) });
    serverNote.dataset.reachable = String(up);
    return up;
  };

  /**
   * The server is asked only for a stored live session (a reload returns to its board) or when the teacher
   * starts one: a page on a static host or offline makes no request for it.
   */
  const boot = async () => {
    const stored = readLiveSeat(deps.storage);
    if (stored.kind === 'damaged')
      notice.textContent = t('teacherLive.problem.damaged', { reason: stored.reason });
    if (stored.kind === 'found' && (await check())) await rejoin(stored.seat);
    else form.element.hidden = false;
  };

  live.append(joinBox, status, controls, ...drawBoard.elements);
  const element = el('section', {
    className: 'tt-panel tt-live',
    attrs: { id: 'live', 'aria-labelledby': 'live-heading' },
    children: [
      el('h2', { attrs: { id: 'live-heading' }, text: t('teacherLive.heading') }),
      el('p', { className: 'tt-muted', text: t('teacherLive.intro') }),
      serverNote,
      notice,
      form.element,
      live,
    ],
  });
  void boot();
  return { element, refreshScenarios: () => form.refreshScenarios() };
}

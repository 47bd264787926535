/**
 * Helpers of the live classroom's browser spec (live.spec.ts): the live server run as a child process on a free
 * port with its own data folder (started, killed with SIGKILL, started again on the same port and folder), pages
 * in their own browser contexts with their problems recorded, the teacher starting a session on teacher.html,
 * students joining from the game, and what a student's screen offers (read from the DOM and the game's status
 * hook, never from canvas pixels), and the moves both specs play (live.spec.ts, live-cluster.spec.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { HEALTH_PATH, type Health, VERIFY_PATH, type VerifyResponse } from '../../src/net/protocol';
import { SCENE_KEYS } from '../../src/scenes/keys';
import { STORAGE_KEY } from '../../src/teacher/store';
import { freePort } from '../../tools/lib/chromium';
import { REAL_DEAL } from './play';
import { expect, type PageProblems, waitForScene, watchProblems } from './support';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** How long the server may take to answer /healthz after it starts (tsx compiles the server first). */
const START_MS = 30_000;

/**
 * `tsx server/main.ts --port N --data DIR` as one Node process (node --import tsx: the tsx CLI would run the
 * server in a child of its own, which a SIGKILL of the CLI would leave running), serving the built dist/.
 */
export class LiveServer {
  private child: ChildProcess | null = null;
  private output = '';

  private constructor(
    readonly port: number,
    readonly dataDir: string,
    /** More environment for the server process (e.g. TT_SECTION_SIZE). */
    private readonly env: Record<string, string> = {},
  ) {}

  static async start(env: Record<string, string> = {}): Promise<LiveServer> {
    const server = new LiveServer(await freePort(), mkdtempSync(join(tmpdir(), 'tt-live-browser-')), env);
    await server.up();
    return server;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** What the server printed, for a failure's message. */
  get log(): string {
    return this.output;
  }

  /** What /healthz answers. */
  async health(): Promise<Health> {
    return (await (await fetch(`${this.origin}${HEALTH_PATH}`)).json()) as Health;
  }

  /** Starts the server process (again: same port, same data folder) and waits until /healthz answers. */
  async up(): Promise<void> {
    if (this.child) throw new Error('the live server is already running');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'server/main.ts', '--port', String(this.port), '--data', this.dataDir],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, PORT: '', TT_DATA_DIR: '', ...this.env },
      },
    );
    this.child = child;
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.once('exit', () => {
      if (this.child === child) this.child = null;
    });
    await expect
      .poll(
        async () => {
          if (this.child !== child) throw new Error(`the live server exited:\n${this.output}`);
          try {
            const response = await fetch(`${this.origin}${HEALTH_PATH}`);
            return response.ok ? ((await response.json()) as { ok?: unknown }).ok : false;
          } catch {
            return false;
          }
        },
        { message: 'the live server answers /healthz', timeout: START_MS, intervals: [100] },
      )
      .toBe(true);
  }

  /** Kills the server process at once (SIGKILL: no clean shutdown, as a power cut) and waits until it is gone. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  /** Stops the server (SIGTERM, then SIGKILL if it lingers) and removes its data folder. */
  async stop(): Promise<void> {
    await this.signal('SIGTERM', 5_000).catch(() => this.signal('SIGKILL'));
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  private signal(signal: NodeJS.Signals, ms = 10_000): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      this.child = null;
      return Promise.resolve();
    }
    return new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`the live server did not stop on ${signal}`)), ms);
      child.once('exit', () => {
        clearTimeout(timer);
        this.child = null;
        done();
      });
      child.kill(signal);
    });
  }
}

/** A page in a browser context of its own (its own localStorage: its own seat), with its problems recorded. */
export interface Person {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly problems: PageProblems;
}

export async function person(browser: Browser): Promise<Person> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  return { context, page, problems: await watchProblems(page) };
}

/** On teacher.html at the server's origin: starts a live session (pairs, automatic pairing, no time limit). */
export async function startLiveSession(page: Page, origin: string, title: string): Promise<string> {
  await page.goto(`${origin}/teacher.html`);
  await expect(page.locator('#teacher[data-ready="true"]')).toBeAttached({ timeout: 15_000 });
  await page.getByLabel('Title of the live session').fill(title);
  await page.getByRole('radio', { name: /^Automatic/ }).check();
  await page.getByLabel('Students per side').selectOption({ label: 'One: pairs' });
  await page.getByRole('button', { name: 'Start a live session' }).click();
  const code = page.locator('#tt-live-code');
  await expect(code).toHaveText(/^[A-Z0-9]{6}$/);
  await expect(page.locator('#tt-live-status')).toHaveText('Connected: the board is live.');
  return (await code.textContent()) ?? '';
}

/** A student joins from the title: "Join a live class", the class code typed, a name, Join. */
export async function joinByTyping(page: Page, origin: string, code: string, name: string): Promise<void> {
  await page.goto(`${origin}/`);
  await waitForScene(page, SCENE_KEYS.title);
  await page.getByRole('button', { name: 'Join a live class' }).click();
  await waitForScene(page, SCENE_KEYS.live);
  // Typed as a student might: lower case, with a space; the game normalises it.
  await page.getByLabel('Class code').fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
}

/** A student joins from the join link of the QR code (`/index.html?live=CODE`): only the name is typed. */
export async function joinByLink(page: Page, origin: string, code: string, name: string): Promise<void> {
  await page.goto(`${origin}/index.html?live=${code}`);
  await waitForScene(page, SCENE_KEYS.live);
  await expect(page.getByLabel('Class code')).toHaveValue(code);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
}

/** What a student's screen offers now. */
export interface Screen {
  readonly scene: string;
  readonly ready: boolean;
  /** The news or ratification overlay's button to go on. */
  readonly overlay: boolean;
  /** The table's way to the debrief once the talks have ended. */
  readonly end: boolean;
  readonly propose: boolean;
  readonly accept: boolean;
  /** The offers in the table's history (each side's). */
  readonly offers: number;
  /** The texts the scene drew on the canvas (the table's status line: "Your move", "Waiting for Ben"). */
  readonly texts: readonly string[];
  /** The table's status line: "Turn 3 of 16 · Waiting for Ben · …". */
  readonly status: string;
  /** The live bar's connection line ('' while connected). */
  readonly connection: string;
}

export function screenOf(page: Page): Promise<Screen> {
  return page.evaluate(() => {
    const status = window.__tariffTalks;
    const shown = (b: HTMLElement | undefined | null): boolean => Boolean(b && b.offsetParent !== null);
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('button')];
    const usable = (text: string) => buttons.some((b) => b.textContent === text && !b.disabled && shown(b));
    const scene = status?.scene ?? '';
    const connection = document.querySelector<HTMLElement>('.tt-live-connection');
    return {
      scene,
      ready: status?.ready === true,
      overlay:
        (scene === 'news' || scene === 'ratification') &&
        shown(document.querySelector<HTMLElement>('.tt-overlay-buttons button')),
      end: usable('See the debrief'),
      propose: scene === 'table' && usable('Propose this package'),
      accept: scene === 'table' && usable('Accept their offer'),
      offers: document.querySelectorAll('.tt-history-table tbody tr').length,
      texts: status?.texts ?? [],
      status: status?.texts.find((text) => text.startsWith('Turn ')) ?? '',
      connection: connection && !connection.hidden ? (connection.textContent ?? '') : '',
    };
  });
}

/** Waits until one of the students can do something, or all reached the debrief, and says what each shows. */
export async function nextScreens(pages: readonly Page[], timeout = 20_000): Promise<Screen[]> {
  let screens: Screen[] = [];
  await expect
    .poll(
      async () => {
        screens = await Promise.all(pages.map(screenOf));
        return (
          screens.some((s) => s.ready && (s.overlay || s.end || s.propose || s.accept)) ||
          screens.every((s) => s.ready && s.scene === 'debrief')
        );
      },
      { message: 'a student can move, or the game is over', timeout, intervals: [100] },
    )
    .toBe(true);
  return screens;
}

/**
 * Whether the live server signed this result code: the signature the teacher's page keeps beside the code (as
 * the live server sent it) checked by the server's own `POST /api/verify`. Null when the page has no signature
 * for the code.
 */
export async function serverVerifies(teacher: Page, origin: string, code: string): Promise<boolean | null> {
  const signature = await teacher.evaluate(
    ([key, wanted]) => {
      const data = JSON.parse(localStorage.getItem(key) ?? '{}') as {
        signed?: { code: string; signature: string }[];
      };
      return data.signed?.find((s) => s.code === wanted)?.signature ?? null;
    },
    [STORAGE_KEY, code] as const,
  );
  if (signature === null) return null;
  const response = await fetch(`${origin}${VERIFY_PATH}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code, signature }),
  });
  return ((await response.json()) as VerifyResponse).verified;
}

/**
 * Sets the levers to these levels (the issue off the table, whose lever is disabled, is left alone) as a
 * student dragging each slider would: the slider's value changes and it fires its input event. Done in one step
 * in the page: with two games drawing on two cores, each Playwright action waits for frames (the keyboard, as
 * play.ts setLevers does it, takes some 10 s a package here).
 */
export async function setSliders(page: Page, levels: readonly number[]): Promise<void> {
  const set = await page.evaluate((wanted) => {
    const values: (string | null)[] = [];
    for (const [j, level] of wanted.entries()) {
      const lever = document.querySelector<HTMLInputElement>(`#tt-lever-${j}`);
      if (!lever || lever.disabled) {
        values.push(null);
        continue;
      }
      lever.value = String(level);
      lever.dispatchEvent(new Event('input', { bubbles: true }));
      lever.dispatchEvent(new Event('change', { bubbles: true }));
      values.push(lever.value);
    }
    return values;
  }, levels);
  // Every enabled lever took its level (a level out of its range would be clamped, and the test would be wrong).
  expect(set.filter((v) => v !== null)).toEqual(
    levels.filter((_, j) => set[j] !== null).map((level) => String(level)),
  );
  expect(set.filter((v) => v !== null).length).toBeGreaterThan(0);
}

/** Both students at the table of their game; returns [the one who moves first, the other]. */
export async function firstMover(a: Page, b: Page): Promise<[Page, Page]> {
  await waitForScene(a, SCENE_KEYS.table);
  await waitForScene(b, SCENE_KEYS.table);
  // A news item may open the first meeting: each student reads it and goes on.
  for (;;) {
    const screens = await nextScreens([a, b]);
    const overlay = screens.findIndex((s) => s.overlay);
    if (overlay >= 0) {
      await goOn([a, b][overlay]);
      continue;
    }
    if (screens[0].propose) return [a, b];
    if (screens[1].propose) return [b, a];
  }
}

/** Closes the news or ratification overlay showing on `page`. */
export async function goOn(page: Page): Promise<void> {
  await page.locator('.tt-overlay-buttons button').first().click();
  await expect.poll(async () => (await screenOf(page)).overlay, { intervals: [100] }).toBe(false);
}

/** The mover proposes `levels` and the other student sees the offer arrive, with the chance to accept it. */
export async function propose(mover: Page, other: Page, levels: readonly number[]): Promise<void> {
  const before = (await screenOf(other)).offers;
  await setSliders(mover, levels);
  await mover.getByRole('button', { name: 'Propose this package' }).click();
  await expect
    // The Accept button comes once the step has played on that screen: with two browsers and a server on the
    // machine's two cores, that can take more than the default 10 s. An offer that ends a meeting may bring
    // news (the session's seed is random), whose dialog hides the table's buttons: the student reads it and
    // goes on, as a student would.
    .poll(
      async () => {
        const screen = await screenOf(other);
        if (screen.overlay) await goOn(other);
        return pick(screen.overlay ? await screenOf(other) : screen);
      },
      { message: 'the offer arrives on the other screen', timeout: 20_000 },
    )
    .toEqual({ offers: before + 1, accept: true });
  await expect.poll(async () => (await screenOf(mover)).propose).toBe(false);
}
export const pick = (s: Screen) => ({ offers: s.offers, accept: s.accept });

/**
 * Plays on until both students reach the debrief: the student to move accepts an offer on the table, or else
 * proposes the deal of 22 July; each student closes the news and ratification overlays as they come. Returns
 * how many moves were made.
 */
export async function playToDebrief(pages: readonly [Page, Page]): Promise<number> {
  let moves = 0;
  for (let guard = 0; guard < 120; guard++) {
    const screens = await nextScreens(pages);
    if (screens.every((s) => s.ready && s.scene === SCENE_KEYS.debrief)) return moves;
    const i = screens.findIndex((s) => s.ready && (s.overlay || s.end || s.accept || s.propose));
    if (i < 0) throw new Error('nextScreens gave no screen to act on');
    const page = pages[i];
    const s = screens[i];
    if (s.overlay) await goOn(page);
    else if (s.end) {
      await page.getByRole('button', { name: 'See the debrief' }).click();
      await waitForScene(page, SCENE_KEYS.debrief);
    } else if (s.accept) {
      await page.getByRole('button', { name: 'Accept their offer' }).click();
      await expect.poll(async () => (await screenOf(page)).accept).toBe(false);
      moves++;
    } else {
      await propose(page, pages[1 - i], REAL_DEAL);
      moves++;
    }
  }
  throw new Error('the game did not reach the debrief');
}

/** Drops the problems a page had because the live server on `port` was down (and only those). */
export function allowServerDown(problems: PageProblems, port: number): void {
  const server = `127.0.0.1:${port}`;
  const refused = /net::ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|ERR_EMPTY_RESPONSE/;
  const keep = (list: string[], down: (entry: string) => boolean) => {
    const kept = list.filter((entry) => !down(entry));
    list.splice(0, list.length, ...kept);
  };
  keep(problems.failedRequests, (e) => e.startsWith(`http://${server}/live/`) && refused.test(e));
  keep(problems.consoleErrors, (e) => refused.test(e) || e.includes(`ws://${server}/live/`));
}

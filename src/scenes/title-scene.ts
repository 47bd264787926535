import { Scene, Scenes } from 'phaser';
import { isOfSession, pageSessionLink, type SessionLink } from '../app/classroom.ts';
import { LANGUAGE_NAMES, switchLanguage } from '../app/language.ts';
import { readLastResult } from '../app/last-result.ts';
import { readLiveCode } from '../app/live-session.ts';
import { readSave, type SaveProblem, type SaveRead } from '../app/save.ts';
import { readSaveFile } from '../app/save-file.ts';
import { checkPicked } from '../app/scenario-file.ts';
import { DEFAULT_SCENARIO, loadShippedTranslations, shippedScenario } from '../app/scenarios.ts';
import type { Session } from '../app/session.ts';
import { motionMs } from '../app/settings.ts';
import { currentLanguage, type Language, type MessageKey, t } from '../i18n/catalog.ts';
import type { PartyIndex, Scenario } from '../model/scenario.ts';
import { announce, button, el } from '../ui/dom.ts';
import { ScaledTexts } from '../ui/frame/canvas-text.ts';
import { type OpenDialog, openDialog } from '../ui/frame/dialog.ts';
import { attachDropZone, scenarioFilePicker } from '../ui/frame/drop-zone.ts';
import { fileReportDialog } from '../ui/frame/file-report.ts';
import { flagTexture, hasFlag } from '../ui/frame/flags.ts';
import { addLayer, focusSoon } from '../ui/frame/layer.ts';
import { lastResultButton, saveFileDialog, saveFilePicker } from '../ui/frame/save-file-parts.ts';
import { describeSaved } from '../ui/frame/saved-game.ts';
import { openSettings } from '../ui/frame/settings-panel.ts';
import { FLAG_FRAME, keepTitleCardFitted } from '../ui/frame/title-card.ts';
import { setMetaDescription, titleCard } from '../ui/frame/title-texts.ts';
import { glossaryButton } from '../ui/glossary/glossary-dialog.ts';
import { PALETTE } from '../ui/theme.ts';
import { continueSession, startNewGame } from './flow.ts';
import type { JoinData } from './join-scene.ts';
import { SCENE_KEYS } from './keys.ts';
import { markSceneLeaving, markSceneReady } from './readiness.ts';
import { startScene } from './scene-data.ts';
import type { SetupData } from './setup-scene.ts';

const FLAG_SCALE = 0.9;

/** Once per page: a session link opens the join screen by itself, and a damaged one is explained. */
const linkHandled = { joined: false, explained: false, live: false };
/** After a language switch the title is drawn again; this says what to give the focus back to. */
let afterLanguage: 'settings' | 'switch' | null = null;

/**
 * The title screen: the game's title card, drawn by Phaser, and its menu as HTML buttons: new game, continue
 * a saved game, load a scenario file (picker or drop), settings. A saved game that cannot be resumed is set
 * aside here and explained; a scenario file is checked here, and only a valid one goes on to setup.
 * With a classroom session link in the address the menu offers to join the session (and goes straight there
 * when no game is saved); a damaged link is explained, and ordinary play stays available.
 */
export class TitleScene extends Scene {
  private layer!: HTMLDivElement;
  private menu!: HTMLElement;
  private status!: HTMLParagraphElement;
  private fileInput!: HTMLInputElement;
  private saveInput!: HTMLInputElement;
  private resumable: Session | null = null;
  private link: SessionLink = { kind: 'none' };
  private dialog: OpenDialog | null = null;
  private busy = false;

  constructor() {
    super({ key: SCENE_KEYS.title });
  }

  init(): void {
    markSceneLeaving(SCENE_KEYS.title);
    this.resumable = null;
    this.dialog = null;
    this.busy = false;
  }

  create(): void {
    const save = readSave();
    this.resumable = save.kind === 'resumable' ? save.session : null;
    this.link = pageSessionLink();
    const live = readLiveCode(window.location.search);
    if (live.kind !== 'none' && !linkHandled.live) {
      // A live class's join link (`?live=CODE`, from the QR code or the short link): straight to joining it.
      linkHandled.live = true;
      startScene(this.scene, SCENE_KEYS.live, {
        code: live.kind === 'code' ? live.code : live.typed,
        autoJoin: true,
      });
      return;
    }
    if (this.link.kind === 'valid' && save.kind === 'none' && !linkHandled.joined) {
      // A student opening the teacher's link goes straight to the session; nothing saved is in the way.
      linkHandled.joined = true;
      this.join();
      return;
    }
    const card = this.drawCard();
    this.buildMenu(save);
    const area = this.layer.querySelector<HTMLElement>('.tt-menu-area');
    if (area) keepTitleCardFitted(this, { ...card, area }, card.texts, FLAG_SCALE);
    const detach = attachDropZone(this.layer, t('title.dropHere'), (files) => this.takeFiles(files));
    this.events.once(Scenes.Events.SHUTDOWN, () => {
      detach();
      this.dialog = null;
    });

    this.events.once(Scenes.Events.RENDER, () => {
      markSceneReady(this, SCENE_KEYS.title);
      announce(t('title.shown'));
      const back = afterLanguage;
      afterLanguage = null;
      if (back === 'settings') this.openSettings();
      else if (back === 'switch') focusSoon(this.layer.querySelector<HTMLButtonElement>('.tt-language'));
      else if (save.kind === 'set-aside') this.showSaveProblem(save.problem);
      else if (!this.explainLink()) focusSoon(this.firstChoice());
    });
  }

  /** Shows the game in `lang`: the title is drawn again in it (a saved game is untouched, in its autosave). */
  private async changeLanguage(lang: Language, from: 'settings' | 'switch'): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await Promise.all([switchLanguage(lang), loadShippedTranslations(lang)]);
    } finally {
      this.busy = false;
    }
    afterLanguage = from;
    this.scene.restart();
  }

  /** The title card: the table, the heading, both flags, the dates (laid out around the menu: title-card.ts). */
  private drawCard() {
    const { width, height } = this.scale;
    const cx = width / 2;
    const texts = new ScaledTexts(this);

    const table = this.add.graphics();
    table.fillStyle(PALETTE.navyLight, 1);
    table.fillRoundedRect(100, 48, width - 200, height - 120, 24);
    const rule = this.add.rectangle(cx, 192, 180, 5, PALETTE.orange);

    texts.add(cx, 124, t('app.title'), { size: 88, colour: PALETTE.paper, bold: true }).setOrigin(0.5);
    // The tagline, the sides and the dates are the default scenario's (none if it has not loaded).
    const scenario = defaultScenario();
    const card = scenario ? titleCard(scenario) : null;
    if (card) setMetaDescription(card.description);
    const subtitle = texts
      .add(cx, 236, card?.tagline ?? '', { size: 30, colour: PALETTE.paperShade })
      .setOrigin(0.5);

    const flagY = 356;
    const flags =
      scenario && card
        ? card.sides.map((party, i) =>
            this.drawFlag(cx + (i === 0 ? -200 : 200), flagY, scenario, party, texts),
          )
        : [];
    const dates = texts
      .add(cx, height - 36, card?.dates ?? '', { size: 20, colour: PALETTE.paperShade })
      .setOrigin(0.5);

    // A short entrance that never hides anything: the flags slide to the table, the rule draws itself.
    // Nothing moves when motion is reduced.
    const duration = motionMs(480);
    if (duration > 0) {
      rule.setScale(0, 1);
      this.tweens.add({ targets: rule, scaleX: 1, duration, ease: 'Cubic.easeOut' });
      flags.forEach((flag, i) => {
        const to = flag.x;
        flag.setX(to + (i === 0 ? -36 : 36));
        this.tweens.add({ targets: flag, x: to, duration, ease: 'Cubic.easeOut' });
      });
    }
    return { subtitle, dates, flags, texts };
  }

  private drawFlag(x: number, y: number, scenario: Scenario, party: PartyIndex, texts: ScaledTexts) {
    const container = this.add.container(x, y);
    const flag = this.add.image(0, 0, flagTexture(this, scenario, party));
    flag.setScale((FLAG_SCALE * 160) / flag.height);
    const outline = this.add.graphics();
    if (hasFlag(scenario.look.parties[party])) {
      // A drawn flag has a frame (title-card.ts redraws it when it fits the card); a badge has none.
      outline.setName(FLAG_FRAME);
      outline.lineStyle(2, PALETTE.paperShade, 1);
      outline.strokeRect(
        -flag.displayWidth / 2,
        -flag.displayHeight / 2,
        flag.displayWidth,
        flag.displayHeight,
      );
    }
    const caption = scenario.parties[party].name;
    const label = texts
      .add(0, flag.displayHeight / 2 + 24, caption, { size: 24, colour: PALETTE.paper, bold: true })
      .setOrigin(0.5);
    container.add([flag, outline, label]);
    return container;
  }

  /** The button to focus: Continue a game of this session or any saved game, else Join, else New game. */
  private firstChoice(): HTMLButtonElement | null {
    const link = this.link;
    const ownSave = link.kind === 'valid' && isOfSession(this.resumable?.classroom, link.session);
    const selector =
      this.resumable && (link.kind !== 'valid' || ownSave)
        ? '.tt-continue'
        : link.kind === 'valid'
          ? '.tt-join'
          : '.tt-new';
    return this.menu.querySelector<HTMLButtonElement>(selector);
  }

  private buildMenu(save: SaveRead): void {
    this.layer = addLayer(this, 'tt-title').root;
    const joining = this.link.kind === 'valid';
    const join = joining
      ? [button(t('classroom.join'), () => this.join(), { className: 'tt-primary tt-join' })]
      : [];
    const newGame = button(t('title.newGame'), () => this.newGame(), {
      className: joining ? 'tt-new' : 'tt-primary tt-new',
    });
    const joinLive = button(t('live.titleJoin'), () => startScene(this.scene, SCENE_KEYS.live, {}), {
      className: 'tt-live-open',
    });
    const resume = button(t('title.continue'), () => this.continueGame(), { className: 'tt-continue' });
    resume.disabled = this.resumable === null;
    const load = button(t('title.loadFile'), () => this.fileInput.click(), { className: 'tt-load' });
    const settings = button(t('title.settings'), () => this.openSettings(), {
      className: 'tt-settings-open',
    });
    // The other language, named in itself: "日本語" on the English title, "English" on the Japanese one.
    const otherLanguage: Language = currentLanguage() === 'ja' ? 'en' : 'ja';
    const language = button(
      LANGUAGE_NAMES[otherLanguage],
      () => this.changeLanguage(otherLanguage, 'switch'),
      {
        className: 'tt-language',
      },
    );
    language.lang = otherLanguage;
    language.setAttribute('aria-label', t('title.switchLanguage', { name: LANGUAGE_NAMES[otherLanguage] }));

    // Reached through the "Load scenario file" button; hidden, it still opens the picker and takes files.
    this.fileInput = scenarioFilePicker((files) => this.takeFiles(files));
    this.saveInput = saveFilePicker((files) => this.takeSaveFile(files));
    const loadSave = button(t('title.loadSave'), () => this.saveInput.click(), { className: 'tt-load-save' });
    // The code of the last finished classroom game, kept apart from the save: a new game does not take it.
    const last = readLastResult();
    const lastCode = last
      ? [
          lastResultButton(last, this.layer, (dialog) => {
            this.dialog = dialog;
          }),
        ]
      : [];

    this.menu = el('nav', {
      className: 'tt-menu',
      attrs: { 'aria-label': t('title.menu') },
      children: [...join, newGame, joinLive, resume, load, settings],
    });
    // With a session link, the ways out of the session say that they leave it.
    const leaves = joining
      ? [
          el('p', {
            className: 'tt-menu-note',
            attrs: { id: 'tt-leaves-session' },
            text: t('classroom.leavesSession'),
          }),
        ]
      : [];
    if (joining) for (const b of [newGame, load]) b.setAttribute('aria-describedby', 'tt-leaves-session');
    this.status = el('p', { className: 'tt-menu-status' });
    this.status.textContent =
      save.kind === 'resumable'
        ? describeSaved(save.session)
        : this.link.kind === 'valid'
          ? t('classroom.titleStatus', { title: this.link.session.title || t('classroom.untitled') })
          : t('title.dropHint');
    if (save.kind === 'resumable') resume.setAttribute('aria-describedby', 'tt-continue-about');
    this.status.id = 'tt-continue-about';
    this.layer.append(
      el('div', {
        className: joining ? 'tt-menu-area tt-joining' : 'tt-menu-area',
        children: [
          this.menu,
          this.status,
          ...leaves,
          el('div', {
            className: 'tt-menu-extra',
            children: [
              language,
              loadSave,
              glossaryButton(),
              ...lastCode,
              // The teacher's page: session set-up and the class dashboard (a page of its own, without Phaser).
              el('a', {
                className: 'tt-teacher-link',
                text: t('title.forTeachers'),
                attrs: { href: 'teacher.html' },
              }),
            ],
          }),
        ],
      }),
      this.fileInput,
      this.saveInput,
    );
  }

  private newGame(): void {
    const data: SetupData = {};
    startScene(this.scene, SCENE_KEYS.setup, data);
  }

  /** To the join screen of the link's session; a saved game is named there, since starting replaces it. */
  private join(): void {
    if (this.link.kind !== 'valid') return;
    const data: JoinData = {
      session: this.link.session,
      ...(this.resumable ? { savedGame: describeSaved(this.resumable) } : {}),
    };
    startScene(this.scene, SCENE_KEYS.join, data);
  }

  /** Explains a damaged session link, once per page. Returns whether it did. */
  private explainLink(): boolean {
    if (this.link.kind !== 'damaged' || linkHandled.explained) return false;
    linkHandled.explained = true;
    this.dialog?.close();
    this.dialog = openDialog(this.layer, {
      title: t('classroom.linkProblemTitle'),
      role: 'alertdialog',
      className: 'tt-save-problem tt-link-problem',
      body: [
        el('p', {
          className: 'tt-dialog-lead',
          text: t('classroom.linkProblem', { reason: this.link.reason }),
        }),
        el('p', { text: t('classroom.linkProblemHelp') }),
      ],
      buttons: [{ label: t('save.dismiss'), primary: true, onClick: () => undefined }],
      onClose: () => {
        this.dialog = null;
        focusSoon(this.firstChoice());
      },
    });
    return true;
  }

  /** Reads the save again (another tab may have replaced it since the menu was drawn) and reopens it. */
  private continueGame(): void {
    if (!this.resumable) return;
    const save = readSave();
    if (save.kind === 'resumable') continueSession(this, save.session);
    else this.scene.restart(); // the menu again, with what is saved now (a problem explained)
  }

  /** A save file the player downloaded: checked as a stored save, then played on (asking before replacing). */
  private async takeSaveFile(files: FileList | null): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const read = await readSaveFile(files).finally(() => {
      this.busy = false;
    });
    if (read === null || !this.sys.isActive()) return;
    this.dialog?.close();
    const onClose = (): void => {
      this.dialog = null;
    };
    if (read.kind !== 'valid') {
      this.dialog = saveFileDialog(this.layer, read, () => this.saveInput.click(), onClose);
      return;
    }
    announce(t('saveFile.loaded', { name: read.name }));
    this.dialog = startNewGame(this, this.layer, read.session, onClose);
  }

  private openSettings(): void {
    this.dialog = openSettings(
      this.layer,
      () => {
        this.dialog = null;
      },
      (lang) => {
        void this.changeLanguage(lang, 'settings');
      },
    );
  }

  private showSaveProblem(problem: SaveProblem): void {
    const where = problem.setAsideKey
      ? t('save.setAside', { key: problem.setAsideKey })
      : t('save.keptInPlace');
    this.dialog = openDialog(this.layer, {
      title: t('save.problemTitle'),
      role: 'alertdialog',
      className: 'tt-save-problem',
      body: [
        el('p', { className: 'tt-dialog-lead', text: t(`save.problem.${problem.code}` as MessageKey) }),
        el('p', { text: where }),
        el('p', { className: 'tt-muted tt-detail', text: t('save.detail', { detail: problem.detail }) }),
      ],
      buttons: [{ label: t('save.dismiss'), primary: true, onClick: () => undefined }],
      onClose: () => {
        this.dialog = null;
        if (!this.explainLink()) focusSoon(this.firstChoice());
      },
    });
  }

  /** A file from the picker or a drop: exactly one, checked, then setup or a report. */
  private async takeFiles(files: FileList | null): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const check = await checkPicked(files, (name) => {
      this.dialog?.close();
      this.status.textContent = t('file.reading', { name });
    }).finally(() => {
      this.busy = false;
    });
    if (check === null || !this.sys.isActive()) return; // no choice made, or the player left the title
    this.status.textContent = t('title.dropHint');
    if (check.kind !== 'valid') {
      this.dialog?.close();
      this.dialog = fileReportDialog(
        this.layer,
        check,
        () => this.fileInput.click(),
        () => {
          this.dialog = null;
        },
      );
      return;
    }
    announce(t('file.loaded', { title: check.scenario.title, name: check.source.name }));
    const data: SetupData = { source: check.source, scenario: check.scenario, warnings: check.warnings };
    startScene(this.scene, SCENE_KEYS.setup, data);
  }
}

/** The default scenario, in the page's language, or null while it has not loaded. */
function defaultScenario(): Scenario | null {
  try {
    return shippedScenario(DEFAULT_SCENARIO);
  } catch {
    return null;
  }
}

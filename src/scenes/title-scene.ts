import { Scene, Scenes } from 'phaser';
import { pageSessionLink, type SessionLink } from '../app/classroom.ts';
import { readLastResult } from '../app/last-result.ts';
import { readSave, type SaveProblem, type SaveRead } from '../app/save.ts';
import { readSaveFile } from '../app/save-file.ts';
import { checkPicked } from '../app/scenario-file.ts';
import type { Session } from '../app/session.ts';
import { type Language, type MessageKey, t } from '../i18n/catalog.ts';
import { announce, button, el } from '../ui/dom.ts';
import { type OpenDialog, openDialog } from '../ui/frame/dialog.ts';
import { attachDropZone, scenarioFilePicker } from '../ui/frame/drop-zone.ts';
import { fileReportDialog } from '../ui/frame/file-report.ts';
import { addLayer, focusSoon } from '../ui/frame/layer.ts';
import { lastResultButton, saveFileDialog, saveFilePicker } from '../ui/frame/save-file-parts.ts';
import { describeSaved } from '../ui/frame/saved-game.ts';
import { openSettings } from '../ui/frame/settings-panel.ts';
import { keepTitleCardFitted } from '../ui/frame/title-card.ts';
import { glossaryButton } from '../ui/glossary/glossary-dialog.ts';
import { continueSession, startNewGame } from './flow.ts';
import { SCENE_KEYS } from './keys.ts';
import { markSceneLeaving, markSceneReady } from './readiness.ts';
import { startScene } from './scene-data.ts';
import type { SetupData } from './setup-scene.ts';
import { drawTitleCard, FLAG_SCALE } from './title-art.ts';
import { languageSwitch, redrawInLanguage, type SwitchedFrom, takeSwitchedFrom } from './title-language.ts';
import { explainLinkOnce, firstChoiceSelector, followLink, joinSession } from './title-links.ts';

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
    if (followLink(this, this.link, save)) return;
    const card = drawTitleCard(this);
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
      const back = takeSwitchedFrom();
      if (back === 'settings') this.openSettings();
      else if (back === 'switch') focusSoon(this.layer.querySelector<HTMLButtonElement>('.tt-language'));
      else if (save.kind === 'set-aside') this.showSaveProblem(save.problem);
      else if (!this.explainLink()) focusSoon(this.firstChoice());
    });
  }

  /** Shows the game in `lang`: the title is drawn again in it (a saved game is untouched, in its autosave). */
  private async changeLanguage(lang: Language, from: SwitchedFrom): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await redrawInLanguage(this, lang, from);
    } finally {
      this.busy = false;
    }
  }

  /** The button to focus: Continue a game of this session or any saved game, else Join, else New game. */
  private firstChoice(): HTMLButtonElement | null {
    return this.menu.querySelector<HTMLButtonElement>(firstChoiceSelector(this.link, this.resumable));
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
    const language = languageSwitch((lang) => void this.changeLanguage(lang, 'switch'));

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

  private join(): void {
    joinSession(this, this.link, this.resumable);
  }

  /** Explains a damaged session link, once per page. Returns whether it did. */
  private explainLink(): boolean {
    const dialog = explainLinkOnce(
      this.layer,
      this.link,
      () => this.dialog?.close(),
      () => {
        this.dialog = null;
        focusSoon(this.firstChoice());
      },
    );
    if (dialog) this.dialog = dialog;
    return dialog !== null;
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

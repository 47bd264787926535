/**
 * The settings dialog: language, text size, reduced motion, sound, the coach. Changes apply at once and are
 * kept (app/settings, app/language). A language change is handed to the caller, which redraws its screen in it.
 */

import { LANGUAGE_NAMES } from '../../app/language.ts';
import { COACH_MODES, getSettings, TEXT_SCALES, type TextScale, updateSettings } from '../../app/settings.ts';
import { playCue } from '../../app/sound.ts';
import { currentLanguage, LANGUAGES, type Language, type MessageKey, t } from '../../i18n/catalog.ts';
import { announce, el } from '../dom.ts';
import { type OpenDialog, openDialog } from './dialog.ts';

export function openSettings(
  layer: HTMLElement,
  onClose?: () => void,
  onLanguage?: (lang: Language) => void,
): OpenDialog {
  const settings = getSettings();
  const languages = LANGUAGES.map((lang) => {
    const input = el('input', { attrs: { type: 'radio', name: 'tt-language', value: lang } });
    input.checked = currentLanguage() === lang;
    input.addEventListener('change', () => {
      if (input.checked) onLanguage?.(lang);
    });
    return el('label', {
      className: 'tt-choice tt-choice-inline',
      attrs: { lang },
      children: [input, el('span', { text: LANGUAGE_NAMES[lang] })],
    });
  });
  const language = el('fieldset', {
    className: 'tt-fieldset',
    children: [
      el('legend', { text: t('settings.language') }),
      el('div', { className: 'tt-row', children: languages }),
    ],
  });
  const name = 'tt-text-scale';
  const sizes = TEXT_SCALES.map((scale) => {
    const input = el('input', { attrs: { type: 'radio', name, value: String(scale) } });
    input.checked = settings.textScale === scale;
    input.addEventListener('change', () => {
      if (!input.checked) return;
      updateSettings({ textScale: scale as TextScale });
      announce(t('settings.changed'));
    });
    return el('label', {
      className: 'tt-choice tt-choice-inline',
      children: [input, el('span', { text: t(`settings.textSize.${scale}` as MessageKey) })],
    });
  });
  const textSize = el('fieldset', {
    className: 'tt-fieldset',
    children: [
      el('legend', { text: t('settings.textSize') }),
      el('div', { className: 'tt-row', children: sizes }),
    ],
  });
  const toggle = (label: string, checked: boolean, onChange: (v: boolean) => void): HTMLLabelElement => {
    const input = el('input', { attrs: { type: 'checkbox' } });
    input.checked = checked;
    input.addEventListener('change', () => {
      onChange(input.checked);
      announce(t('settings.changed'));
    });
    return el('label', { className: 'tt-choice tt-toggle', children: [input, el('span', { text: label })] });
  };
  const motion = toggle(t('settings.reducedMotion'), settings.reducedMotion, (v) =>
    updateSettings({ reducedMotion: v }),
  );
  const sound = toggle(t('settings.sound'), settings.sound, (v) => {
    updateSettings({ sound: v });
    playCue('offer'); // Switched on: a sample of what the cues sound like (and the gesture lets audio start).
  });
  const coachModes = COACH_MODES.map((mode) => {
    const input = el('input', { attrs: { type: 'radio', name: 'tt-coach-mode', value: mode } });
    input.checked = settings.coach === mode;
    input.addEventListener('change', () => {
      if (!input.checked) return;
      updateSettings({ coach: mode });
      announce(t('settings.changed'));
    });
    return el('label', {
      className: 'tt-choice tt-choice-inline',
      children: [input, el('span', { text: t(`coach.setting.${mode}` as MessageKey) })],
    });
  });
  const coach = el('fieldset', {
    className: 'tt-fieldset tt-coach-modes',
    children: [
      el('legend', { text: t('coach.setting') }),
      el('div', { className: 'tt-row', children: coachModes }),
    ],
  });
  const dialog = openDialog(layer, {
    title: t('settings.title'),
    className: 'tt-settings',
    body: [
      ...(onLanguage ? [language] : []),
      textSize,
      motion,
      sound,
      coach,
      el('p', { className: 'tt-muted', text: t('settings.saved') }),
    ],
    buttons: [{ label: t('common.close'), primary: true, onClick: () => undefined }],
    onClose,
  });
  // Start on the text size that is chosen, the first thing a player may want to change.
  const checked = dialog.element.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
  checked?.focus({ preventScroll: true });
  return dialog;
}

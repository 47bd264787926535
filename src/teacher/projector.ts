/**
 * The dashboard's projector view: a toggle that shows the chart and the averages large with the rest hidden (the
 * body's `tt-projector` class; the styles do the rest), full screen where the browser allows it, and a box that
 * hides the students' names in the table and on the chart.
 */
import { t } from '../i18n/page-catalog.ts';
import { announce, button, el } from '../ui/dom.ts';

const exitFullscreen = (): void => {
  void document.exitFullscreen().catch(() => {});
};

/** The projector view on or off; says so, and leaves full screen with it. */
function projectorToggle(): HTMLButtonElement {
  const toggle = button(
    t('teacher.projector.on'),
    () => {
      const on = !document.body.classList.contains('tt-projector');
      document.body.classList.toggle('tt-projector', on);
      toggle.setAttribute('aria-pressed', String(on));
      toggle.textContent = on ? t('teacher.projector.off') : t('teacher.projector.on');
      if (!on && document.fullscreenElement) exitFullscreen();
      announce(on ? t('teacher.projector.shown') : t('teacher.projector.hidden'));
    },
    { attrs: { 'aria-pressed': 'false' } },
  );
  return toggle;
}

/** Full screen on or off; disabled, with why, where the browser does not allow it. */
function fullscreenToggle(): HTMLButtonElement {
  const toggle = button(t('teacher.projector.fullscreen'), () => {
    if (document.fullscreenElement) exitFullscreen();
    else
      void document.documentElement.requestFullscreen().catch(() => {
        announce(t('teacher.projector.noFullscreen'));
      });
  });
  if (!document.fullscreenEnabled) {
    toggle.disabled = true;
    toggle.title = t('teacher.projector.noFullscreen');
  }
  return toggle;
}

/** The box "Hide names"; `onChange` gets whether it is ticked. */
function hideNamesBox(onChange: (hidden: boolean) => void): HTMLLabelElement {
  const input = el('input', { attrs: { type: 'checkbox', id: 'tt-hide-names' } });
  input.addEventListener('change', () => onChange(input.checked));
  return el('label', {
    className: 'tt-check',
    children: [input, document.createTextNode(` ${t('teacher.projector.hideNames')}`)],
  });
}

/** The projector toggle, the full-screen toggle and the "Hide names" box, in page order. */
export function projectorControls(onHideNames: (hidden: boolean) => void): HTMLElement[] {
  return [projectorToggle(), fullscreenToggle(), hideNamesBox(onHideNames)];
}

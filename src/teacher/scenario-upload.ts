/**
 * A designer's scenario file picked on the teacher's page (the session setup and the live session's form): read
 * and checked (`checkUpload`), what is wrong listed in the form's report, and a file that loads handed on.
 */
import type { PickedFile } from '../app/scenario-file.ts';
import { t } from '../i18n/page-catalog.ts';
import type { Scenario } from '../model/scenario.ts';
import { announce, el } from '../ui/dom.ts';
import { problemReport, refusalText } from '../ui/frame/file-report.ts';
import { checkUpload } from './scenarios.ts';
import type { StoredScenario } from './store.ts';

/** Checks each file picked in `fileInput`, says the outcome in `fileReport`, and gives `loaded` a good one. */
export function onScenarioUpload(
  fileInput: HTMLInputElement,
  fileReport: HTMLElement,
  loaded: (source: StoredScenario, scenario: Scenario) => void,
): void {
  fileInput.addEventListener('change', async () => {
    const file: PickedFile | undefined = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const check = await checkUpload(file);
    if (check.kind === 'failed') {
      fileReport.replaceChildren(
        el('p', {
          className: 'tt-problem-line',
          text: t('teacher.setup.uploadFailed', { name: check.name, reason: check.reason }),
        }),
      );
      return;
    }
    if (check.kind === 'refused') {
      fileReport.replaceChildren(el('p', { className: 'tt-problem-line', text: refusalText(check.refusal) }));
      return;
    }
    if (check.kind === 'problems') {
      fileReport.replaceChildren(...problemReport(check.name, check.problems));
      return;
    }
    loaded({ name: check.source.name, text: check.source.text }, check.scenario);
    const said = t('teacher.setup.fileLoaded', { name: check.source.name, title: check.scenario.title });
    fileReport.replaceChildren(
      el('p', { className: 'tt-ok-line', text: said }),
      ...(check.warnings.length > 0 ? problemReport(check.source.name, check.warnings) : []),
    );
    announce(said);
  });
}

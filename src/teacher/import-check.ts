/**
 * Checking a file of teacher data before anything of it is stored (issue 9): every scenario text in it must parse
 * and compile as an uploaded file would (a parser or compiler that throws fails that file), and every session must
 * refer to a scenario that exists: a shipped one by id, or a custom one (by id and hash) in the file or already
 * stored. A refusal lists what is wrong, each naming the file or session.
 */
import { SHIPPED_IDS } from '../app/scenarios.ts';
import { t } from '../i18n/page-catalog.ts';
import { sameContent } from '../model/hash.ts';
import { err, ok, type Result } from '../model/result.ts';
import type { Scenario } from '../model/scenario.ts';
import { compileStored } from './scenarios.ts';
import type { TeacherData } from './store.ts';

/** At most this many problems are listed. */
const MAX_PROBLEMS = 10;

/** A scenario as a session refers to it. */
export interface ScenarioRef {
  readonly id: string;
  readonly hash: string;
}

/** The imported files' compiled scenarios (with their texts), or the problems (each a sentence naming the item). */
export function checkImport(
  imported: TeacherData,
  known: readonly ScenarioRef[],
): Result<{ name: string; text: string; scenario: Scenario }[], string[]> {
  const problems: string[] = [];
  const compiled: { name: string; text: string; scenario: Scenario }[] = [];
  for (const file of imported.scenarios) {
    const result = compileStored(file.text);
    if (result.ok) compiled.push({ name: file.name, text: file.text, scenario: result.value });
    else problems.push(t('teacher.import.badScenario', { name: file.name, reason: result.error }));
  }
  const refs = [...known, ...compiled.map((c) => c.scenario)];
  const shipped: readonly string[] = SHIPPED_IDS;
  for (const { session, scenarioFile } of imported.sessions) {
    // A session added by its link (scenarioFile null) may be for an uploaded scenario too.
    const known = refs.some(
      (r) => r.id === session.scenario.id && sameContent(r.hash, session.scenario.hash),
    );
    const exists = known || (scenarioFile === null && shipped.includes(session.scenario.id));
    if (!exists)
      problems.push(
        t('teacher.import.noScenario', {
          title: session.title,
          scenario: scenarioFile ?? session.scenario.id,
        }),
      );
  }
  if (problems.length === 0) return ok(compiled);
  const shown = problems.slice(0, MAX_PROBLEMS);
  if (problems.length > MAX_PROBLEMS)
    shown.push(t('teacher.import.more', { count: problems.length - MAX_PROBLEMS }));
  return err(shown);
}

/** The compiled scenario carries the texts the game shows as its own fields; the raw file stays in content. */
import { describe, expect, it } from 'vitest';
import { loadScenario, MINI, readText } from '../helpers.ts';

const scenario = loadScenario(MINI);
const file = JSON.parse(readText(MINI));

describe('the compiled texts of mini.json', () => {
  it('are the file’s', () => {
    expect(scenario.title).toBe(file.title);
    expect(scenario.summary).toBe(file.summary);
    expect(scenario.noDealDescription).toBe(file.noDeal.description);
    expect(scenario.meetings).toEqual(
      file.meetings.map((m: Record<string, string>) => ({
        id: m.id,
        date: m.date,
        title: m.title,
        description: m.description,
      })),
    );
    expect(scenario.deadline).toEqual(
      file.deadline ? { date: file.deadline.date, description: file.deadline.description } : null,
    );
    expect(scenario.historicalText).toEqual(
      file.historicalDeal
        ? { date: file.historicalDeal.date, description: file.historicalDeal.description }
        : null,
    );
    expect(scenario.debrief).toEqual(file.debrief);
    expect(scenario.parties.map((p) => [p.leader, p.negotiator, p.description])).toEqual(
      file.parties.map((p: Record<string, string>) => [p.leader, p.negotiator, p.description]),
    );
    expect(scenario.parties[0].groups.map((g) => g.description)).toEqual(
      file.parties[0].groups.map((g: Record<string, string>) => g.description),
    );
  });

  it('give each issue its description, in issue order (the table shows it)', () => {
    expect(scenario.issues.map((iss) => iss.description)).toEqual(
      file.issues.map((iss: Record<string, string>) => iss.description),
    );
    expect(scenario.issues.every((iss) => iss.description.length > 0)).toBe(true);
  });

  it('give each party its lines, objections by issue index', () => {
    const [us, japan] = file.parties.map((p: { id: string }) => file.dialogue[p.id]);
    expect(scenario.dialogue[0]?.accept).toEqual(us.accept);
    expect(scenario.dialogue[1]?.walkAway).toEqual(japan.walkAway);
    expect(scenario.dialogue[0]?.objections).toEqual(
      scenario.issues.map((iss) => us.objections[iss.id] ?? []),
    );
  });

  it('include the deadline when the file has one (us-japan-2025)', () => {
    const path = 'src/content/scenarios/us-japan-2025.json';
    const { deadline } = JSON.parse(readText(path));
    expect(loadScenario(path).deadline).toEqual({ date: deadline.date, description: deadline.description });
  });

  it('leave the raw file out', () => {
    expect('data' in scenario).toBe(false);
    expect(JSON.stringify(scenario)).not.toContain('"sources"');
  });
});

/**
 * The balance report as HTML (tools/lib/balance-html.ts, `npm run balance -- --html FILE`): the same figures as
 * --json (the embedded JSON is the --json object, the tables show its figures), every text from the scenario
 * escaped, and the charts drawn from the same report.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/content/parse.ts';
import { playComputerGame } from '../../src/model/agent/index.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { balanceCharts } from '../../tools/lib/balance-charts.ts';
import { balanceFigures } from '../../tools/lib/balance-figures.ts';
import { balanceHtml } from '../../tools/lib/balance-html.ts';
import { reportJson } from '../../tools/lib/balance-report.ts';
import { gameSettings, pairSchedule, slotOf, summarizeGame } from '../../tools/lib/game-summary.ts';
import { moveTracker } from '../../tools/lib/move-metrics.ts';
import { readText } from '../helpers.ts';
import { itRefusesBadInput, noStack, runTool, TOOL_TIMEOUT_MS, tempFile } from './run-tool.ts';

function scenarioOf(text: string): Scenario {
  const parsed = parseScenario(text);
  if (!parsed.ok) throw new Error(parsed.error.map((p) => p.message).join('; '));
  return parsed.value.scenario;
}

/** The games of a --pairs run, played here as a balance worker plays them. */
function play(scenario: Scenario, seed: string, games: number) {
  const pairs = pairSchedule(scenario);
  return Array.from({ length: games }, (_, game) => {
    const slot = slotOf(game, pairs.length);
    const tracker = moveTracker(scenario);
    const state = playComputerGame(scenario, gameSettings(scenario, seed, game), {
      personalities: pairs[slot],
      onDecision: tracker.record,
    });
    return summarizeGame(scenario, state, game, slot, tracker.tally());
  });
}

const TUTORIAL = readText('src/content/scenarios/tutorial.json');
const dataBlock = (html: string): string => {
  const m = /<script type="application\/json" id="balance-report">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no data block');
  return m[1];
};

describe('balanceHtml', () => {
  const scenario = scenarioOf(TUTORIAL);
  const games = play(scenario, 'html', 20);
  const report = balanceFigures(scenario, 'html', true, games, []);
  const html = balanceHtml(scenario, report, games);

  it('carries the --json object and shows its figures', () => {
    expect(JSON.parse(dataBlock(html))).toEqual(JSON.parse(reportJson(report)));
    expect(html).toContain(`<td data-figure="deals">${report.deals}</td>`);
    expect(html).toContain(`<td data-figure="dealRate">${((report.deals / 20) * 100).toFixed(1)}%</td>`);
    expect(html).toContain(`<td data-figure="pairs.0.games">2</td>`);
    expect(report.pairs).toHaveLength(10);
  });

  it('draws every deal on the dance chart, and a bar per pair', () => {
    const charts = balanceCharts(scenario, report, games);
    const deals = charts.dance.children?.find((c) => c.attrs.class === 'tt-chart-deals');
    expect(deals?.children).toHaveLength(report.deals);
    expect(charts.pairs.children?.filter((c) => c.attrs.class === 'tt-chart-bar')).toHaveLength(10);
    expect(html.match(/<circle cx="[^"]+" cy="[^"]+" r="3"/g)).toHaveLength(report.deals);
    expect(charts.issues?.children?.filter((c) => c.attrs.class === 'tt-chart-median')).toHaveLength(
      scenario.issues.length,
    );
  });

  it('escapes every text of the scenario', () => {
    const data = JSON.parse(TUTORIAL);
    data.parties[0].shortName = '<b>U&S</b>';
    data.issues[0].name = 'Cars</script><script>alert(1)</script>';
    const hostile = scenarioOf(JSON.stringify(data));
    const played = play(hostile, 'html', 4);
    const page = balanceHtml(hostile, balanceFigures(hostile, 'html', true, played, []), played);
    expect(page).not.toContain('<b>U&S</b>');
    expect(page).not.toContain('<script>alert');
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).toContain('&lt;b&gt;U&amp;S&lt;/b&gt;');
    expect(JSON.parse(dataBlock(page)).parties[0]).toBe('<b>U&S</b>');
  });
});

describe('npm run balance -- --html', () => {
  it(
    'writes the report with the same figures as --json',
    async () => {
      const out = tempFile('report.html', '');
      const run = await runTool('tools/balance.ts', [
        'src/content/scenarios/tutorial.json',
        '--games',
        '12',
        '--seed',
        'cli',
        '--pairs',
        '--json',
        '--no-timing',
        '--html',
        out,
      ]);
      expect(run.code).toBe(0);
      noStack(run.stderr);
      const html = readFileSync(out, 'utf8');
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(JSON.parse(dataBlock(html))).toEqual(JSON.parse(run.stdout));
    },
    TOOL_TIMEOUT_MS,
  );

  itRefusesBadInput('tools/balance.ts', [
    [
      'an empty --html',
      ['src/content/scenarios/tutorial.json', '--games', '2', '--html', ''],
      /--html needs a file name/,
    ],
    [
      'an --html file that cannot be written',
      ['src/content/scenarios/tutorial.json', '--games', '2', '--html', '/nonexistent-dir/report.html'],
      /cannot write \/nonexistent-dir\/report\.html/,
    ],
  ]);
});

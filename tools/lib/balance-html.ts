/**
 * The balance report as one self-contained HTML file (`npm run balance -- <file> --games N --html report.html`):
 * the key figures in tables (each cell marked with the figure it shows, `data-figure`), the three charts of
 * balance-charts.ts as inline SVG, the text report, and the whole report as JSON (the same object `--json`
 * prints, in a `<script type="application/json" id="balance-report">` data block that no browser runs).
 * No script, no external file: it opens from a disk or a mail. Every text from the scenario is escaped.
 */
import type { Scenario } from '../../src/model/index.ts';
import { balanceCharts, escapeXml, svgMarkup } from './balance-charts.ts';
import { type BalanceReport, formatReport, reportJson } from './balance-report.ts';
import type { GameSummary } from './game-summary.ts';

const pct = (x: number | null): string => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
const f3 = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : x.toFixed(3));

/** One table: a header row, then rows of [label, value, figure key]. */
function table(
  head: readonly string[],
  rows: readonly (readonly [string, ...string[]])[],
  keys: readonly string[][],
): string {
  const th = head.map((h) => `<th scope="col">${escapeXml(h)}</th>`).join('');
  const body = rows
    .map((row, i) => {
      const [first, ...rest] = row;
      const cells = rest
        .map((cell, c) => {
          const key = keys[i]?.[c];
          return `<td${key ? ` data-figure="${escapeXml(key)}"` : ''}>${escapeXml(cell)}</td>`;
        })
        .join('');
      return `<tr><th scope="row">${escapeXml(first)}</th>${cells}</tr>`;
    })
    .join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const STYLE = `body{font-family:system-ui,sans-serif;background:#0b1f3a;color:#f6f1e7;margin:2rem;max-width:60rem}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #17345e;padding:.25rem .6rem;text-align:left}
td{text-align:right}.charts{display:flex;flex-wrap:wrap;gap:1rem}.charts svg{width:420px;max-width:100%;background:#0e2747}
pre{background:#0e2747;padding:1rem;overflow:auto}h1{font-size:1.4rem}`;

/** The report as HTML; `extra` (the timing) goes into the JSON as with `--json`. */
export function balanceHtml(
  scenario: Scenario,
  report: BalanceReport,
  games: readonly GameSummary[],
  extra: Record<string, number> = {},
): string {
  const [p0, p1] = report.parties;
  const charts = balanceCharts(scenario, report, games);
  const summary = table(
    ['figure', 'value'],
    [
      ['Games', String(report.games)],
      ['Deals', String(report.deals)],
      ['Deal rate', pct(report.dealRate)],
      ['Walk-away rate', pct(report.walkAwayRate)],
      ['Issues whose median deal is within one level of history', pct(report.medianWithinOneLevel)],
      [`${p0} mean utility, all games`, f3(report.utility.all?.[0].mean)],
      [`${p1} mean utility, all games`, f3(report.utility.all?.[1].mean)],
    ],
    [
      ['games'],
      ['deals'],
      ['dealRate'],
      ['walkAwayRate'],
      ['medianWithinOneLevel'],
      ['utility.all.0.mean'],
      ['utility.all.1.mean'],
    ],
  );
  const pairs =
    report.pairs.length === 0
      ? ''
      : `<h2>Personality pairs (${escapeXml(p0)}/${escapeXml(p1)})</h2>${table(
          ['pair', 'games', 'deals', 'deal rate'],
          report.pairs.map((r) => [
            `${r.pair}${r.default ? ' (default)' : ''}`,
            String(r.games),
            String(r.deals),
            pct(r.dealRate),
          ]),
          report.pairs.map((r) => [
            `pairs.${r.slot}.games`,
            `pairs.${r.slot}.deals`,
            `pairs.${r.slot}.dealRate`,
          ]),
        )}`;
  const c = report.calibration;
  const issues =
    c.issues.length === 0
      ? '<p>No historical deal in this scenario.</p>'
      : table(
          ['issue', 'median deal', 'historical', 'levels off'],
          c.issues.map((iss) => [
            iss.issue,
            iss.median ?? '–',
            iss.historical,
            iss.medianLevel === null ? '–' : String(iss.medianLevel - iss.historicalLevel),
          ]),
          c.issues.map((_, j) => [
            `calibration.issues.${j}.median`,
            `calibration.issues.${j}.historical`,
            '',
          ]),
        );
  const json = reportJson(report, extra).replace(/</g, '\\u003c');
  const title = `Balance report: ${report.scenario.id} v${report.scenario.version}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeXml(title)}</h1>
<p>${escapeXml(`${report.games} games, seed "${report.seed}", personalities ${report.personalities}, scenario hash ${report.scenario.hash}`)}</p>
<h2>Figures</h2>
${summary}
<h2>Charts</h2>
<div class="charts">
${svgMarkup(charts.dance)}
${svgMarkup(charts.pairs)}
${charts.issues ? svgMarkup(charts.issues) : ''}
</div>
${pairs}
<h2>Calibration: ${escapeXml(c.pair)}, ${c.deals} deals in ${c.games} games</h2>
${issues}
<h2>The whole report</h2>
<pre>${escapeXml(formatReport(report))}</pre>
<script type="application/json" id="balance-report">${json}</script>
</body>
</html>
`;
}

import { readFileSync } from 'node:fs';
import { parseScenario } from './src/content/parse.ts';
import { playHistoricalOfferGame } from './tools/lib/historical-offer.ts';
import { gameSettings } from './tools/lib/game-summary.ts';
import { personalityFor } from './src/model/agent/personality.ts';
const file = process.argv[2] ?? 'src/content/scenarios/us-japan-2025.json';
const parsed = parseScenario(readFileSync(file, 'utf8'));
if (!parsed.ok) throw new Error('bad');
const sc = parsed.value.scenario;
const by: Record<string, number[]> = {};
for (let g = 0; g < 400; g++) {
  const scripted = (g % 2) as 0 | 1;
  const settings = gameSettings(sc, 'balance', g);
  const r = playHistoricalOfferGame(sc, settings, scripted, g);
  const comp = (1 - scripted) as 0 | 1;
  const p = personalityFor(sc, settings.seed, comp);
  const key = `${sc.parties[comp].id}:${p.id}`;
  (by[key] ??= []).push(r.acceptTurn ?? 17);
}
let all: number[] = [];
for (const [k, v] of Object.entries(by)) { all = all.concat(v); console.log(k, v.length, (v.reduce((a, b) => a + b, 0) / v.length).toFixed(2), JSON.stringify(v.slice(0, 12))); }
console.log('mean', (all.reduce((a, b) => a + b, 0) / all.length).toFixed(2));

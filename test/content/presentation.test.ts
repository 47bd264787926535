/**
 * The presentation fields (src/content/schema-presentation.ts): optional, with today's look as the default, a
 * shipped file keeps its hash; a designer's colours are checked for contrast and colour-blind safety.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLOUR_GROUNDS, colourWarnings, contrastRatio, deltaE } from '../../src/content/colour-check.ts';
import { parseScenario } from '../../src/content/parse.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { initialsOf } from '../../src/model/presentation.ts';
import { PALETTE } from '../../src/ui/theme.ts';
import { readText } from '../helpers.ts';

const US_JAPAN = 'src/content/scenarios/us-japan-2025.json';
const base = () => JSON.parse(readText(US_JAPAN));
const parse = (data: unknown) => {
  const parsed = parseScenario(JSON.stringify(data));
  if (!parsed.ok) throw new Error(parsed.error.map(formatProblem).join('\n'));
  return parsed.value;
};

describe('presentation defaults', () => {
  it('the shipped US–Japan file looks as before: built-in flags, blue US, vermillion Japan, 2024, Japan first', () => {
    const { scenario } = parse(base());
    expect(scenario.look).toEqual({
      parties: [
        { colour: 0x0072b2, style: 0, flag: { kind: 'built-in', name: 'us' }, initials: 'US' },
        { colour: 0xd55e00, style: 1, flag: { kind: 'built-in', name: 'japan' }, initials: 'Ja' },
      ],
      tagline: null,
      currency: null,
      baseYear: 2024,
      defaultSide: 1,
      xAxisParty: 0,
    });
  });

  it('the default colours are the palette’s and pass the checks on the grounds named', () => {
    expect([PALETTE.blue, PALETTE.vermillion]).toEqual([0x0072b2, 0xd55e00]);
    expect(COLOUR_GROUNDS.map((g) => g.colour)).toEqual([PALETTE.navy, 0xffffff]);
    expect(colourWarnings([0x0072b2, 0xd55e00], [0x0072b2, 0xd55e00])).toEqual([]);
  });

  it('a scenario of other parties gets badges, positional colours, the first party on the x-axis', () => {
    const data = base();
    data.parties[0].id = 'north';
    data.parties[0].shortName = 'North Land';
    const { scenario } = parse(JSON.parse(JSON.stringify(data).replaceAll('"us"', '"north"')));
    expect(scenario.look.parties.map((p) => [p.flag, p.initials, p.style])).toEqual([
      [null, 'NL', 0],
      [{ kind: 'built-in', name: 'japan' }, 'Ja', 1],
    ]);
    expect(scenario.look.xAxisParty).toBe(0);
  });
});

describe('presentation fields', () => {
  it('are read: colours, a drawn flag, initials, tagline, money, base year, first side, x-axis', () => {
    const data = base();
    data.parties[0].colour = '#009E73';
    data.parties[0].flag = {
      stripes: ['#ffffff', '#0072b2'],
      direction: 'vertical',
      emblem: { shape: 'star', colour: '#f0e442' },
    };
    data.parties[1].initials = 'JP';
    data.presentation = {
      tagline: 'A test',
      currency: '€',
      baseYear: 2023,
      defaultSide: 'us',
      xAxisParty: 'japan',
    };
    const { scenario, warnings } = parse(data);
    expect(warnings).toEqual([]);
    expect(scenario.look).toEqual({
      parties: [
        {
          colour: 0x009e73,
          style: 0,
          flag: {
            kind: 'design',
            stripes: [0xffffff, 0x0072b2],
            vertical: true,
            emblem: { shape: 'star', colour: 0xf0e442 },
          },
          initials: 'US',
        },
        { colour: 0xd55e00, style: 1, flag: { kind: 'built-in', name: 'japan' }, initials: 'JP' },
      ],
      tagline: 'A test',
      currency: '€',
      baseYear: 2023,
      defaultSide: 0,
      xAxisParty: 1,
    });
  });

  it('leave the content hash alone when absent, and change it when present', () => {
    const data = base();
    const plain = parse(data).scenario.hash;
    expect(parse(base()).scenario.hash).toBe(plain);
    data.presentation = { baseYear: 2024 };
    expect(parse(data).scenario.hash).not.toBe(plain);
  });

  it('name parties that exist, and a colour is #rrggbb', () => {
    const data = base();
    data.presentation = { defaultSide: 'korea' };
    data.parties[0].colour = 'blue';
    const parsed = parseScenario(JSON.stringify(data));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.map((p) => `${p.code} ${p.path.join('.')}`)).toEqual(['SHAPE parties.0.colour']);
    delete data.parties[0].colour;
    const again = parseScenario(JSON.stringify(data));
    expect(again.ok ? [] : again.error.map((p) => `${p.code} ${p.path.join('.')}`)).toEqual([
      'UNKNOWN_PARTY presentation.defaultSide',
    ]);
  });

  it('warn (not fail) about a colour too dark for the navy and about red against green', () => {
    const data = base();
    data.parties[0].colour = '#1a2b5c';
    const dark = parse(data).warnings.map((p) => `${p.code} ${p.path.join('.')}`);
    expect(dark).toEqual(['COLOUR_CONTRAST parties.0.colour']);
    data.parties[0].colour = '#d62728';
    data.parties[1].colour = '#2ca02c';
    const alike = parse(data).warnings;
    expect(alike.map((p) => `${p.severity} ${p.code} ${p.path.join('.')}`)).toEqual([
      'warning COLOURS_ALIKE parties.1.colour',
    ]);
    expect(alike[0].message).toContain('deuteranopia');
  });
});

describe('colour arithmetic', () => {
  it('contrast ratios match WCAG: black on white 21, a colour on itself 1', () => {
    expect(contrastRatio(0x000000, 0xffffff)).toBeCloseTo(21, 6);
    expect(contrastRatio(0x777777, 0x777777)).toBe(1);
    expect(contrastRatio(0x0072b2, 0x0b1f3a)).toBeCloseTo(3.19, 2);
  });

  it('contrast is symmetric and from 1 to 21; ΔE is symmetric and 0 only for the same colour', () => {
    const colour = fc.integer({ min: 0, max: 0xffffff });
    fc.assert(
      fc.property(colour, colour, (a, b) => {
        const r = contrastRatio(a, b);
        expect(r).toBeGreaterThanOrEqual(1);
        expect(r).toBeLessThanOrEqual(21 + 1e-9);
        expect(contrastRatio(b, a)).toBeCloseTo(r, 12);
        expect(deltaE(a, b, 'deuteranopia')).toBeCloseTo(deltaE(b, a, 'deuteranopia'), 9);
        expect(deltaE(a, a, null)).toBe(0);
      }),
    );
  });

  it('initials: capitals of several words, else a short name, else its first two characters', () => {
    expect(['US', 'United States', 'Japan', '日本', 'Republic of Korea'].map(initialsOf)).toEqual([
      'US',
      'US',
      'Ja',
      '日本',
      'Re',
    ]);
  });
});

/**
 * Texts that come from the scenario, not the catalog: the title card (tagline, dates, meta description, sides)
 * and the money and base year of the economy's figures and headings.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { JA } from '../../../src/i18n/ja/index.ts';
import { EN, t, useCatalog } from '../../../src/i18n/page-catalog.ts';
import { moneyVars, setScenarioLook } from '../../../src/i18n/presentation.ts';
import type { Scenario } from '../../../src/model/scenario.ts';
import { formatBillions } from '../../../src/ui/debrief/format.ts';
import { titleCard } from '../../../src/ui/frame/title-texts.ts';
import { billions, billionsSigned } from '../../../src/ui/table/format.ts';
import { loadScenario } from '../../helpers.ts';

const usJapan = loadScenario('src/content/scenarios/us-japan-2025.json');

/** The shipped scenario with other parties, dates and presentation. */
function other(): Scenario {
  return {
    ...usJapan,
    parties: [
      { ...usJapan.parties[0], shortName: 'Ardonia' },
      { ...usJapan.parties[1], shortName: 'Belmark' },
    ],
    meetings: [
      { ...usJapan.meetings[0], date: '2031-03-02' },
      { ...usJapan.meetings[1], date: '2031-09-30' },
    ],
    deadline: null,
    look: { ...usJapan.look, currency: '₳', baseYear: 2030, defaultSide: 0 },
  };
}

afterEach(() => {
  useCatalog(EN, 'en');
  setScenarioLook(null);
});

describe('the title card', () => {
  it('of the shipped scenario reads as it did, with the deadline from the file', () => {
    expect(titleCard(usJapan)).toEqual({
      tagline: 'Negotiate the 2025 US–Japan tariff deal',
      dates: 'Talks from 16 April 2025 to 22 July 2025  ·  Deadline 1 August 2025',
      description: 'A classroom game. Negotiate the 2025 US–Japan tariff deal.',
      sides: [1, 0],
    });
  });

  it('of another scenario names its parties, year and dates, in Japanese too', () => {
    expect(titleCard(other())).toEqual({
      tagline: 'Negotiate the 2031 Ardonia–Belmark tariff deal',
      dates: 'Talks from 2 March 2031 to 30 September 2031',
      description: 'A classroom game. Negotiate the 2031 Ardonia–Belmark tariff deal.',
      sides: [0, 1],
    });
    useCatalog(JA, 'ja');
    expect(titleCard(other()).tagline).toBe('2031年のArdonia・Belmark関税交渉に挑戦しよう');
    expect(titleCard(other()).dates).toBe('交渉期間：2031年3月2日〜2031年9月30日');
  });

  it("uses the scenario's own tagline when it has one", () => {
    const scenario = other();
    const card = titleCard({ ...scenario, look: { ...scenario.look, tagline: 'Teach the art of the deal' } });
    expect([card.tagline, card.description]).toEqual([
      'Teach the art of the deal',
      'A classroom game. Teach the art of the deal.',
    ]);
  });
});

describe('money and base year', () => {
  it("follow the scenario in play, and are today's without one", () => {
    expect([billions(55.84), t('table.econ.jobs', moneyVars())]).toEqual(['$55.8B', 'Jobs, against 2024']);
    setScenarioLook(other().look);
    expect([billions(55.84), billionsSigned(-3.44), formatBillions(41.23)]).toEqual([
      '₳55.8B',
      '−₳3.4B',
      '₳41.2B',
    ]);
    expect(t('table.econ.trade', moneyVars())).toBe('Trade by sector, ₳B a year (change against 2030)');
    useCatalog(JA, 'ja');
    expect([billions(550), t('table.econ.jobs', moneyVars())]).toEqual(['5,500億₳', '雇用（2030年比）']);
    setScenarioLook(usJapan.look);
    expect(billions(550)).toBe('5,500億ドル');
  });
});

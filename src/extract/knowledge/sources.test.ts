import { describe, expect, it } from 'vitest';
import { SOURCE_RELIABILITY } from '../../domain/index.js';
import { isCommonEnglishWord } from './common-words.js';
import { NATIONALITIES } from './nationalities.js';
import { normalizeName } from './normalize.js';
import { getSources } from './sources.js';

const sources = getSources();
const resolve = (written: string) => sources.lookup(normalizeName(written))?.id;

describe('source KB', () => {
  it.each([
    ['TASS', 'tass'],
    ['RIA Novosti', 'ria-novosti'],
    ['Interfax', 'interfax'],
    ['Reuters', 'reuters'],
    ['AP', 'ap'],
    ['AFP', 'afp'],
    ['BBC', 'bbc'],
    ['al-Jazeera', 'al-jazeera'],
    ['Financial Times', 'ft'],
    ['New York Times', 'nyt'],
    ['Washington Post', 'wapo'],
    ['RFE/RL', 'rferl'],
    ['Gandhara', 'rferl-gandhara'],
    ['Radio Ozodi', 'rferl-ozodi'],
    ['Ozodlik', 'rferl-ozodlik'],
    ['Azattyk', 'rferl-azattyk'],
    ['VOA', 'voa'],
    ['Dawn newspaper', 'dawn'],
    ['Express Tribune', 'express-tribune'],
    ['Geo News', 'geo-news'],
    ['Tolo News', 'tolo-news'],
    ['TOLOnews', 'tolo-news'],
    ['Pajhwok', 'pajhwok'],
    ['Khaama Press', 'khaama-press'],
    ['Ariana News', 'ariana-news'],
    ['Bakhtar', 'bakhtar'],
    ['Amaq', 'amaq'],
    ['al-Naba', 'al-naba'],
    ['UNAMA Human Rights Service', 'unama-source'],
    ['ACLED', 'acled'],
    ['Long War Journal', 'long-war-journal'],
    ['Crisis Group', 'crisis-group'],
    ['radio venceremos', 'radio-venceremos'],
    ['EFE', 'efe'],
    ['Notimex', 'notimex'],
    ['ACAN', 'acan'],
    ['Prensa Latina', 'prensa-latina'],
    ['Radio Cadena Nacional', 'radio-cadena-nacional'],
  ])('%s → %s', (written, id) => {
    expect(resolve(written)).toBe(id);
  });
  it('no alias is claimed by two sources', () => {
    expect(sources.collisions).toEqual([]);
  });
  it('every source has a valid Admiralty grade and a safe name', () => {
    const grades = new Set(SOURCE_RELIABILITY.map((r) => r.code));
    expect(sources.all().filter((s) => !grades.has(s.reliability))).toEqual([]);
    const unsafe = sources
      .all()
      .flatMap((s) => [s.name, ...s.aliases])
      .filter((a) => isCommonEnglishWord(normalizeName(a)));
    expect(unsafe).toEqual([]);
  });
  it('group media default to a low grade', () => {
    expect(sources.all().filter((s) => s.kind === 'group_media' && s.reliability < 'D')).toEqual([]);
  });
});

describe('NATIONALITIES', () => {
  it.each([
    ['afghan', 'AF'],
    ['pakistani', 'PK'],
    ['salvadoran', 'SV'],
    ['tajik', 'TJ'],
    ['uzbek', 'UZ'],
    ['peruvian', 'PE'],
    ['colombian', 'CO'],
    ['american', 'US'],
  ])('%s → %s', (demonym, iso2) => {
    expect(NATIONALITIES[demonym]).toBe(iso2);
  });
  it('keys are normalised and values are ISO2 codes', () => {
    for (const [k, v] of Object.entries(NATIONALITIES)) {
      expect(normalizeName(k)).toBe(k);
      expect(v).toMatch(/^[A-Z]{2}$/);
    }
  });
});

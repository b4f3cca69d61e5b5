import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataFile } from './data-file.js';
import { getGazetteer } from './gazetteer.js';
import { normalizeName } from './normalize.js';

const gazetteer = getGazetteer();
const best = (name: string) => gazetteer.lookup(normalizeName(name))[0];

describe('gazetteer: variant spellings resolve to the right place, best first', () => {
  it.each([
    // written, expected name, kind, country, admin1
    ['Konar', 'Kunar', 'admin1', 'AF', 'Kunar'],
    ['Kunar', 'Kunar', 'admin1', 'AF', 'Kunar'],
    ['asadabad', 'Asadabad', 'city', 'AF', 'Kunar'],
    ['Besham Qala', 'Besham', 'city', 'PK', 'Khyber Pakhtunkhwa'],
    ['ningarhar', 'Nangarhar', 'admin1', 'AF', 'Nangarhar'],
    ['Nangrahar', 'Nangarhar', 'admin1', 'AF', 'Nangarhar'],
    ['Khowst', 'Khost', 'city', 'AF', 'Khost'], // the seat outranks its province; "Khowst province" is the extractor's job
    ['Oruzgan', 'Uruzgan', 'admin1', 'AF', 'Uruzgan'],
    ['Ghowr', 'Ghor', 'admin1', 'AF', 'Ghor'],
    ['Maidan Wardak', 'Wardak', 'admin1', 'AF', 'Wardak'],
    ['Kābul', 'Kabul', 'city', 'AF', 'Kabul'],
    ['Mazar-i-Sharif', 'Mazar-e Sharif', 'city', 'AF', 'Balkh'],
    ['Dasht-e-Barchi', 'Dasht-e-Barchi', 'city', 'AF', 'Kabul'],
    ['KPK', 'Khyber Pakhtunkhwa', 'admin1', 'PK', 'Khyber Pakhtunkhwa'],
    ['NWFP', 'Khyber Pakhtunkhwa', 'admin1', 'PK', 'Khyber Pakhtunkhwa'],
    ['Baluchistan', 'Balochistan', 'admin1', 'PK', 'Balochistan'],
    ['FATA', 'FATA', 'admin1', 'PK', null],
    ['North Waziristan', 'North Waziristan', 'admin2', 'PK', 'Khyber Pakhtunkhwa'],
    ['Peshawar', 'Peshawar', 'city', 'PK', 'Khyber Pakhtunkhwa'],
    ['Quetta', 'Quetta', 'city', 'PK', 'Balochistan'],
    ['Sogd', 'Sughd', 'admin1', 'TJ', 'Sughd'],
    ['GBAO', 'Gorno-Badakhshan', 'admin1', 'TJ', 'Gorno-Badakhshan'],
    ['Ishkobod', 'Ishkobod', 'city', 'TJ', 'Districts of Republican Subordination'],
    ['Shiraz', 'Shiraz', 'city', 'IR', 'Fars'], // the seat of Fars, not a village of the same name
    ['Tabriz', 'Tabriz', 'city', 'IR', 'East Azerbaijan'],
    ['Damascus countryside', 'Rif Dimashq', 'admin1', 'SY', 'Rif Dimashq'],
    ['Surkhandarya', 'Surxondaryo', 'admin1', 'UZ', 'Surxondaryo'],
    ['Ferghana', 'Fergana', 'city', 'UZ', 'Fergana'],
    ['Xinjiang', 'Xinjiang', 'admin1', 'CN', 'Xinjiang'],
    ['san salvador', 'San Salvador', 'city', 'SV', 'San Salvador'],
    ['Chalate', 'Chalatenango', 'city', 'SV', 'Chalatenango'],
    ['Cuzcatlan', 'Cuscatlan', 'admin1', 'SV', 'Cuscatlan'],
    ['Ayacucho', 'Ayacucho', 'city', 'PE', 'Ayacucho'],
    ['Medellin', 'Medellin', 'city', 'CO', 'Antioquia'],
  ])('%s → %s (%s, %s)', (written, name, kind, country, admin1) => {
    expect(best(written)).toMatchObject({ name, kind, country, admin1 });
  });
});

describe('gazetteer: countries and their variants', () => {
  it.each([
    ['United States', 'US'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],

    ['UK', 'GB'],
    ['Britain', 'GB'],
    ['El Salvador', 'SV'],
    ['Afghanistan', 'AF'],
    ['Kirghizia', 'KG'],
    ['Soviet Union', 'RU'],
  ])('%s → %s', (written, iso2) => {
    expect(best(written)).toMatchObject({ kind: 'country', country: iso2 });
  });
  it('country(iso2) gives the country entry', () => {
    expect(gazetteer.country('pk')?.name).toBe('Pakistan');
    expect(gazetteer.country('SV')?.rank).toBeGreaterThanOrEqual(100);
  });
});

describe('gazetteer: ordinary words are not places', () => {
  it.each([
    'police',
    'may',
    'bar',
    'of',
    'man',
    'union',
    'mosque',
    'bomb',
    'army',
    'date',
    'march',
    'said',
    'attack',
    'us',
    'san',
    'liberation',
    'summit',
    'mafia',
  ])('%s has no place', (word) => {
    expect(gazetteer.lookup(word)).toEqual([]);
  });
});

describe('gazetteer: shape', () => {
  it('names span several words, so n-gram scanning needs maxWords', () => {
    expect(gazetteer.maxWords).toBeGreaterThanOrEqual(4);
  });
  it('focus countries win collisions: Paris is French, Asadabad Afghan', () => {
    expect(best('paris')?.country).toBe('FR');
    expect(best('asadabad')?.country).toBe('AF');
  });
  it('unknown names give an empty list', () => {
    expect(gazetteer.lookup('no such place here')).toEqual([]);
  });
});

describe('gazetteer: data files', () => {
  it('every stoplist word names a rule that gives a reason', () => {
    const stoplist = readDataFile<{ rules: { id: string; reason: string }[]; words: { word: string; rule: string }[] }>(
      'place-stoplist.json',
    );
    const rules = new Set(stoplist.rules.filter((r) => r.reason).map((r) => r.id));
    expect(stoplist.words.filter((w) => !rules.has(w.rule))).toEqual([]);
  });
  it('the built gazetteer stays under 15 MB', () => {
    expect(statSync(new URL('./data/gazetteer.json', import.meta.url)).size).toBeLessThan(15e6);
  });
});

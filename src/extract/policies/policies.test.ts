import { describe, expect, it } from 'vitest';
import type { PlaceEntry } from '../knowledge-port.js';
import { mergeView } from '../test-merge-view.js';
import { speakerBefore } from './arrest-roles.js';
import { combineCasualties } from './casualties.js';
import { chooseDate } from './choose-date.js';
import { choosePlace, contains } from './choose-place.js';
import {
  alsoPassive,
  type MergeView,
  mergeAcross,
  opensFreshIncident,
  opensWithPlace,
  shouldMerge,
} from './merge-events.js';

/** Tokens of a text whose words are separated by spaces. */
const words = (text: string) => text.split(' ').map((norm) => ({ norm }));
const day = (d: string) => ({ start: d, end: d, precision: 'day' as const, text: d });
const place = (id: string, kind: PlaceEntry['kind'], admin1: string | null, rank = 50, country = 'AF'): PlaceEntry => ({
  id,
  name: id,
  kind,
  country,
  admin1,
  admin2: null,
  lat: 1,
  lon: 2,
  rank,
});

describe('chooseDate (date.choice.v1)', () => {
  it.each([
    {
      name: 'own date wins over report date',
      cands: [
        { date: day('2021-10-14'), datesReport: true, distance: 9 },
        { date: day('2021-10-12'), datesReport: false, distance: 20 },
      ],
      start: '2021-10-12',
      rule: 'date.own-sentence',
    },
    {
      name: 'nearest own date',
      cands: [
        { date: day('2021-10-01'), datesReport: false, distance: 9 },
        { date: day('2021-10-02'), datesReport: false, distance: 2 },
      ],
      start: '2021-10-02',
      rule: 'date.own-sentence',
    },
    {
      name: 'date.finer-within: a day inside the nearer month is its precise reading',
      cands: [
        {
          date: { start: '2024-12-01', end: '2024-12-31', precision: 'month' as const, text: 'last month' },
          datesReport: false,
          distance: 3,
        },
        { date: day('2024-12-11'), datesReport: false, distance: 1012 },
      ],
      start: '2024-12-11',
      rule: 'date.finer-within',
    },
    {
      name: 'a day outside the nearer month does not replace it',
      cands: [
        {
          date: { start: '2024-12-01', end: '2024-12-31', precision: 'month' as const, text: 'last month' },
          datesReport: false,
          distance: 3,
        },
        { date: day('2024-11-11'), datesReport: false, distance: 1012 },
      ],
      start: '2024-12-01',
      rule: 'date.own-sentence',
    },
    {
      name: 'report date bounds the event',
      cands: [{ date: day('2021-10-14'), datesReport: true, distance: 9 }],
      start: '2021-10-08',
      rule: 'date.report-bound',
    },
  ])('$name', ({ cands, start, rule }) => {
    const chosen = chooseDate(cands);
    expect(chosen?.date.start).toBe(start);
    expect(chosen?.rule).toBe(rule);
  });
  it('no candidates, no date', () => expect(chooseDate([])).toBeNull());
});

describe('choosePlace (place.choice.v1)', () => {
  const kunar = place('Kunar', 'admin1', 'Kunar');
  it.each([
    {
      name: 'inside the named area',
      cands: [place('A-elsewhere', 'city', 'Herat', 90), place('A-kunar', 'city', 'Kunar', 10)],
      within: [kunar],
      countries: [],
      kind: null,
      id: 'A-kunar',
    },
    {
      name: 'in a country the document names',
      cands: [place('X-pe', 'city', null, 90, 'PE'), place('X-af', 'city', null, 10)],
      within: [],
      countries: ['AF'],
      kind: null,
      id: 'X-af',
    },
    {
      name: 'the kind the suffix asks for',
      cands: [place('K-city', 'city', 'K', 90), place('K-prov', 'admin1', 'K', 10)],
      within: [],
      countries: [],
      kind: 'admin1' as const,
      id: 'K-prov',
    },
    {
      name: 'else the highest rank',
      cands: [place('low', 'city', null, 10), place('high', 'city', null, 90)],
      within: [],
      countries: [],
      kind: null,
      id: 'high',
    },
  ])('$name', ({ cands, within, countries, kind, id }) => {
    expect(choosePlace(cands, { within, documentCountries: countries, wantedKind: kind })?.id).toBe(id);
  });
});

describe('shouldMerge (merge.v1)', () => {
  const span = (d: string) => `${d}/${d}`;
  const v = (
    eventClass: string,
    first: number,
    last: number,
    namedActors: string[] = [],
    places: string[] = [],
    regions: string[] = [],
    days: string[] = [],
    hypothetical = false,
  ) => mergeView(eventClass, first, { lastSentence: last, namedActors, places, regions, days, hypothetical });
  it.each([
    { a: v('attack', 0, 0), b: v('attack', 1, 1), merge: true },
    { a: v('attack', 0, 0), b: v('arrest', 1, 1), merge: false },
    { a: v('attack', 0, 0), b: v('attack', 9, 9), merge: false },
    { a: v('attack', 0, 0, ['isis']), b: v('attack', 9, 9, ['isis']), merge: true },
    { a: v('attack', 0, 0, [], ['kabul']), b: v('attack', 1, 1, [], ['herat']), merge: false },
    // merge.other-province: Kabul, then a district of Nangarhar
    { a: v('attack', 0, 0, [], ['kabul'], ['AF|Kabul']), b: v('attack', 1, 1, [], [], ['AF|Nangarhar']), merge: false },
    { a: v('attack', 0, 0, [], [], ['AF|Kabul']), b: v('attack', 1, 1, [], [], ['AF|Kabul']), merge: true },
    { a: v('attack', 0, 0, [], [], ['AF|Kabul']), b: v('attack', 1, 1), merge: true },
    // merge.realis
    { a: v('attack', 0, 0), b: v('attack', 1, 1, [], [], [], [], true), merge: false },
    // merge.other-day
    {
      a: v('attack', 0, 0, [], [], [], [span('2020-10-24')]),
      b: v('attack', 1, 1, [], [], [], [span('2020-11-02')]),
      merge: false,
    },
    {
      a: v('attack', 0, 0, [], [], [], [span('2020-10-24')]),
      b: v('attack', 1, 1, [], [], [], [span('2020-10-24')]),
      merge: true,
    },
    {
      a: v('attack', 0, 0, [], [], [], [span('2020-08-02')]),
      b: v('attack', 1, 1, [], [], [], [span('2020-08-03')]),
      merge: true,
    },
    {
      a: v('attack', 0, 0, [], [], [], [span('2021-11-02')]),
      b: v('attack', 1, 1, [], [], [], ['2017-03-01/2017-03-31']),
      merge: false,
    },
    { a: v('attack', 0, 0, [], [], [], [span('2020-10-24')]), b: v('attack', 1, 1), merge: true },
  ])('$a.eventClass@$a.firstSentence + $b.eventClass@$b.firstSentence → $merge', ({ a, b, merge }) => {
    expect(shouldMerge(a, b)).toBe(merge);
  });
});

describe('merge.fresh-incident', () => {
  it.each([
    ['meanwhile , a bomb exploded at the bank', true],
    ['another bomb went off outside the embassy', true],
    ['in another terrorist action , several men opened fire on the offices', true],
    ['almost simultaneously , a car bomb exploded near the ministry', true],
    ['on the same day , guerrillas attacked a bus', true],
    ['a third explosion occurred on the first floor of a building', true],
    ['the second explosion damaged the building', false],
    ['the bomb caused another explosion', false],
    ['in addition , the guerrillas burned a bus', false],
    ['a bomb exploded at the bank', false],
  ])('%j → %s', (text, fresh) => expect(opensFreshIncident(words(text), 0)).toBe(fresh));

  const draft = (sentence: number, extra: Partial<MergeView> = {}) => mergeView('attack', sentence, extra);
  it.each([
    { a: draft(0), b: draft(1), merge: true },
    { a: draft(0), b: draft(1, { fresh: true }), merge: false },
    // a shared named actor does not join it either: one group, two incidents
    {
      a: draft(0, { namedActors: ['perpetrator|fmln'] }),
      b: draft(5, { namedActors: ['perpetrator|fmln'] }),
      merge: true,
    },
    {
      a: draft(0, { namedActors: ['perpetrator|fmln'] }),
      b: draft(5, { namedActors: ['perpetrator|fmln'], fresh: true }),
      merge: false,
    },
    // a fresh draft is a host for the drafts after it
    { a: draft(0, { fresh: true }), b: draft(1), merge: true },
  ])('fresh $b.fresh → $merge', ({ a, b, merge }) => expect(shouldMerge(a, b)).toBe(merge));
});

describe('merge.place-opening', () => {
  // [sentence, index of the place's first word, opens with it]
  it.each([
    ['in huancayo , the house of a candidate was bombed', 1, true],
    ['in the capital , a bomb exploded', 2, true],
    ['meanwhile , in huaraz , eight explosions were reported', 3, true],
    ['a bomb exploded in huancayo', 4, false],
    ['in the town of huaraz , a bomb exploded', 5, false],
  ])('%j → %s', (text, from, opens) => expect(opensWithPlace(words(text), 0, from)).toBe(opens));

  const draft = (sentence: number, extra: Partial<MergeView> = {}) => mergeView('kidnapping', sentence, extra);
  it.each([
    // another town opens the next incident
    { a: draft(0, { opening: 'canalete' }), b: draft(1, { opening: 'pedregales' }), merge: false },
    { a: draft(0, { places: ['cali'] }), b: draft(1, { opening: 'pedregales' }), merge: false },
    // the same place, or an earlier draft with no place: one incident may go on
    { a: draft(0, { opening: 'huaraz' }), b: draft(1, { opening: 'huaraz' }), merge: true },
    { a: draft(0, { places: ['huaraz'] }), b: draft(1, { opening: 'huaraz' }), merge: true },
    { a: draft(0), b: draft(1, { opening: 'huaraz' }), merge: true },
  ])('$a.opening $a.places + $b.opening → $merge', ({ a, b, merge }) => expect(shouldMerge(a, b)).toBe(merge));
});

describe('merge.date-opening', () => {
  const day = (d: string) => `${d}/${d}`;
  const draft = (sentence: number, extra: Partial<MergeView> = {}) => mergeView('attack', sentence, extra);
  it.each([
    // "Another dynamite attack tonight … On 2 September the main offices were destroyed by a bomb"
    { a: draft(0), b: draft(2, { dateOpening: day('2000-09-02') }), merge: false },
    { a: draft(0, { days: [day('2000-09-05')] }), b: draft(1, { dateOpening: day('2000-09-02') }), merge: false },
    // the same day (or the next) goes on with the incident; a draft with no opening day is left to merge.v1
    { a: draft(0, { days: [day('2000-09-02')] }), b: draft(1, { dateOpening: day('2000-09-02') }), merge: true },
    { a: draft(0, { days: [day('2000-09-02')] }), b: draft(1, { dateOpening: day('2000-09-03') }), merge: true },
    { a: draft(0, { dateOpening: day('2000-09-02'), days: [day('2000-09-02')] }), b: draft(1), merge: true },
  ])('$a.days + $b.dateOpening → $merge', ({ a, b, merge }) => expect(shouldMerge(a, b)).toBe(merge));
});

describe('merge.outcome-only', () => {
  const draft = (sentence: number, extra: Partial<MergeView> = {}) => mergeView('attack', sentence, extra);
  it.each([
    // "among the injured here are …", six sentences after the bomb: the bomb's toll
    { a: draft(0), b: draft(6, { outcomeOnly: true }), merge: true },
    { a: draft(0), b: draft(6), merge: false },
    // another place, another day or a cue of another incident still part them
    { a: draft(0, { places: ['bogota'] }), b: draft(6, { outcomeOnly: true, places: ['cali'] }), merge: false },
    {
      a: draft(0, { days: ['2000-09-02/2000-09-02'] }),
      b: draft(6, { outcomeOnly: true, days: ['2000-09-20/2000-09-20'] }),
      merge: false,
    },
    { a: draft(0), b: draft(6, { outcomeOnly: true, fresh: true }), merge: false },
    { a: mergeView('kidnapping', 0), b: draft(6, { outcomeOnly: true }), merge: false },
  ])('$b.outcomeOnly after $b.firstSentence → $merge', ({ a, b, merge }) => expect(shouldMerge(a, b)).toBe(merge));
});

describe('mergeAcross', () => {
  it.each([
    // "Four soldiers also died in the fighting": back to the attack, however far
    { a: mergeView('attack', 0), b: mergeView('clash', 6, { definite: true }), rule: 'merge.back-reference' },
    { a: mergeView('attack', 0), b: mergeView('clash', 1), rule: null },
    { a: mergeView('arrest', 0), b: mergeView('operation', 3, { definite: true }), rule: 'merge.back-reference' },
    { a: mergeView('arrest', 0), b: mergeView('arrest', 4, { definite: true }), rule: 'merge.back-reference' },
    // "… its fighters had carried out the raid": a definite raid points back to the attack, too
    { a: mergeView('attack', 0), b: mergeView('operation', 3, { definite: true }), rule: 'merge.back-reference' },
    { a: mergeView('attack', 0), b: mergeView('operation', 3), rule: null },
    // a back-reference with a day of its own, or in another place, is another incident
    {
      a: mergeView('attack', 0, { places: ['kabul'] }),
      b: mergeView('clash', 1, { definite: true, places: ['herat'] }),
      rule: null,
    },
    {
      a: mergeView('attack', 0, { days: ['2021-10-05/2021-10-05'] }),
      b: mergeView('clash', 1, { definite: true, days: ['2021-10-01/2021-10-01'] }),
      rule: null,
    },
    {
      a: mergeView('arrest', 0, { days: ['2021-10-05/2021-10-05'] }),
      b: mergeView('arrest', 4, { definite: true, days: ['2021-10-05/2021-10-05'] }),
      rule: 'merge.back-reference',
    },
    // the attack that opens a hostage taking is part of it
    { a: mergeView('attack', 0), b: mergeView('kidnapping', 0, { hostage: true }), rule: 'merge.hostage-incident' },
    { a: mergeView('kidnapping', 0, { hostage: true }), b: mergeView('attack', 2), rule: 'merge.hostage-incident' },
    { a: mergeView('kidnapping', 0, { hostage: true }), b: mergeView('attack', 5), rule: null },
    { a: mergeView('kidnapping', 0), b: mergeView('attack', 1), rule: null },
    // "In separate raids, police detained 25 people"
    { a: mergeView('operation', 2), b: mergeView('arrest', 2), rule: 'merge.raid-arrest' },
    { a: mergeView('operation', 1), b: mergeView('arrest', 2), rule: null },
    // "troops raided a compound and killed five fighters"; "… had killed Qari Fateh in a night raid"
    { a: mergeView('operation', 2), b: mergeView('attack', 2), rule: 'merge.raid-kill' },
    { a: mergeView('attack', 2), b: mergeView('operation', 2), rule: 'merge.raid-kill' },
    { a: mergeView('operation', 1), b: mergeView('attack', 2), rule: null },
    { a: mergeView('attack', 2), b: mergeView('operation', 2, { definite: true }), rule: null },
  ])('$a.eventClass@$a.firstSentence + $b.eventClass@$b.firstSentence → $rule', ({ a, b, rule }) => {
    expect(mergeAcross(a, b)).toBe(rule);
  });
});

describe('combineCasualties (casualties.max-stated)', () => {
  it.each([
    {
      ms: [
        { kind: 'killed' as const, count: { min: 3, max: 3 } },
        { kind: 'killed' as const, count: { min: 6, max: null } },
      ],
      killed: { min: 6, max: null },
    },
    {
      ms: [
        { kind: 'killed' as const, count: { min: 6, max: null } },
        { kind: 'killed' as const, count: { min: 6, max: 6 } },
      ],
      killed: { min: 6, max: 6 },
    },
    { ms: [], killed: null },
    // cas.also-adds: "Four paramilitary soldiers also died"
    {
      ms: [
        { kind: 'killed' as const, count: { min: 21, max: 21 } },
        { kind: 'killed' as const, count: { min: 4, max: 4 }, also: true as const },
      ],
      killed: { min: 25, max: 25 },
    },
  ])('$ms.length mentions → $killed', ({ ms, killed }) => expect(combineCasualties(ms).killed).toEqual(killed));
});

describe('speakerBefore (arg.arrest-speaker-group)', () => {
  it.each([
    ['Separately, police in Peshawar said they had', 'police in Peshawar'],
    ['Officials said on Monday that they had', 'Officials'],
    ['Iranian officials said on Thursday that several people suspected of links to the attack had been', null],
    ['Police detained', null],
    ['The ministry said, citing witnesses, that', null],
  ])('%j → %j', (text, speaker) => {
    expect(speakerBefore(text)).toBe(speaker);
  });
});

describe('contains (a district and the towns in it)', () => {
  const entry = (name: string, kind: PlaceEntry['kind'], admin2: string | null): PlaceEntry => ({
    id: name,
    name,
    kind,
    country: 'PK',
    admin1: 'Khyber Pakhtunkhwa',
    admin2,
    lat: null,
    lon: null,
    rank: 40,
  });
  const district = entry('North Waziristan', 'admin2', null);
  it.each([
    { inner: entry('Datta Khel', 'city', 'North Waziristan'), inside: true },
    { inner: entry('Bara', 'city', 'Khyber'), inside: false },
    // a town whose district the gazetteer does not give
    { inner: entry('Makeen', 'city', null), inside: true },
  ])('$inner.name → $inside', ({ inner, inside }) => {
    expect(contains(district, inner)).toBe(inside);
  });
});

describe('merge.also-passive', () => {
  const words = (text: string) => text.split(' ').map((norm) => ({ norm }));
  it.each([
    // [text, the trigger's first and last word, its form, another incident]
    ['the command post in soyapango was also attacked on 30 july', 'attacked', 'attacked', 'passive', true],
    ['a beer truck was also blown up 3 days ago', 'blown', 'up', 'passive', true],
    ['two vehicles of the red cross have also been attacked', 'attacked', 'attacked', 'passive', true],
    // a toll of the same incident, an active verb, no "also"
    ['six shining path terrorists were also killed', 'killed', 'killed', 'passive', false],
    ['the guerrillas also attacked the barracks', 'attacked', 'attacked', 'verb', false],
    ['the command post was attacked again', 'attacked', 'attacked', 'passive', false],
  ] as const)('%s', (text, first, last, form, another) => {
    const tokens = words(text);
    const from = tokens.findIndex((t) => t.norm === first);
    const to = tokens.findIndex((t) => t.norm === last) + 1;
    expect(alsoPassive(tokens, { from, to, form })).toBe(another);
  });
});

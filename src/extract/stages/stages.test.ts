import { describe, expect, it } from 'vitest';
import { type AnnotatedDoc, layer } from '../annotated.js';
import { assemble } from '../assemble.js';
import { TEST_KNOWLEDGE } from '../test-knowledge.js';
import { argumentsStage } from './arguments.js';
import { casualtiesStage } from './casualties.js';
import { datesStage } from './dates.js';
import { namesStage } from './names.js';
import { placesStage } from './places.js';
import { segmentStage } from './segment.js';
import { triggersStage } from './triggers.js';
import { weaponsStage } from './weapons.js';

const pipeline = assemble([
  segmentStage,
  datesStage,
  placesStage,
  namesStage,
  triggersStage,
  casualtiesStage,
  weaponsStage,
  argumentsStage,
]);
const annotate = (text: string, published: string | null = '2021-10-20'): AnnotatedDoc =>
  pipeline.run(
    text,
    { title: null, author: null, published, publisher: null, url: null },
    { knowledge: TEST_KNOWLEDGE },
  );

describe('triggers', () => {
  it.each([
    ['A car bomb exploded.', 'attack.explosive', 'noun'],
    ['Rebels attacked the post.', 'attack.armed', 'verb'],
    ['The post was attacked by rebels.', 'attack.armed', 'passive'],
    ['The attack failed.', 'attack.armed', 'noun'],
    ['the kidnapped businessman was freed.', 'kidnapping.abduction', 'participle'],
    ['Police arrested two men.', 'arrest.arrest', 'verb'],
    ['The group claimed responsibility.', 'statement.claim', 'verb'],
  ])('%j → %s (%s)', (text, type, form) => {
    expect(layer(annotate(text), 'triggers')[0]).toMatchObject({ type, form });
  });
});

describe('casualties', () => {
  it.each([
    ['At least six soldiers were killed.', 'killed', { min: 6, max: null }],
    ['The blast killed 12 people.', 'killed', { min: 12, max: 12 }],
    ['An IED killed a district police chief.', 'killed', { min: 1, max: 1 }],
    ['Dozens were wounded.', 'injured', { min: 12, max: null }],
    ['Gunmen kidnapped three engineers.', 'kidnapped', { min: 3, max: 3 }],
    // cas.and-count: one toll told by group
    ['The bomb went off at the gate, killing 11 guards and at least 40 travellers.', 'killed', { min: 51, max: null }],
    ['The raid killed four fighters and two bystanders.', 'killed', { min: 6, max: 6 }],
    ['The raid killed four fighters and 2 hours later the army left.', 'killed', { min: 4, max: 4 }],
    ['The shelling killed nine people and wounded 30.', 'killed', { min: 9, max: 9 }],
    // cas.and-one-more: a companion after "and" counts one more
    ['The bomb killed five Chinese nationals and their Pakistani driver.', 'killed', { min: 6, max: 6 }],
    ['Gunmen killed two engineers and a guard.', 'killed', { min: 3, max: 3 }],
    // cas.the-one: one person by office
    ["The bomb exploded, killing the Taliban's police chief for Shigal district.", 'killed', { min: 1, max: 1 }],
    ['The bomb exploded, killing the passengers.', 'killed', undefined],
    // hostage counts: kidnapped
    ['Militants took more than 400 passengers hostage.', 'kidnapped', { min: 400, max: null }],
    ['The gunmen held 30 people hostage for a day.', 'kidnapped', { min: 30, max: 30 }],
    ['They took hundreds of passengers hostage.', 'kidnapped', { min: 100, max: null }],
    // cas.aside: the count before an aside between commas
    [
      'At least 21 people, among them civilians, prisoners and police, have been killed.',
      'killed',
      { min: 21, max: null },
    ],
    ['Thirteen people, nine of them Chinese nationals, were killed on July 14.', 'killed', { min: 13, max: 13 }],
    // cas.toll-figure
    ['The death toll from the bombing in the city rose to 95 on Tuesday.', 'killed', { min: 95, max: 95 }],
    ['The toll stood at 84, officials said.', 'killed', { min: 84, max: 84 }],
    // cas.lives-of, cas.martyred, cas.and-possessive-count
    ['The attack claimed the lives of 14 soldiers.', 'killed', { min: 14, max: 14 }],
    ['Eight soldiers were martyred, the army said.', 'killed', { min: 8, max: 8 }],
    ['Gunmen killed the district governor and his two bodyguards.', 'killed', { min: 3, max: 3 }],
    // cas.reduced-relative: the count of a passive's subject that carries a reduced relative clause
    ['Three men suspected of planning the attack were arrested.', 'arrested', { min: 3, max: 3 }],
    ['The men suspected of planning it were arrested.', 'arrested', undefined],
    // cas.with-others: a named person and a count of others
    ['Police detained Karim Jan, the cell commander, along with six other suspects.', 'arrested', { min: 7, max: 7 }],
    ['Police detained Karim Jan together with four associates.', 'arrested', { min: 5, max: 5 }],
    ['Police detained Karim Jan together with 3 tons of explosives.', 'arrested', undefined],
  ])('%j → %s %j', (text, kind, count) => {
    const found = layer(annotate(text), 'casualties')[0];
    if (count === undefined) expect(found).toBeUndefined();
    else expect(found).toMatchObject({ kind, count });
  });
});

describe('cas.attackers-own', () => {
  it.each([
    ['All 33 attackers had been killed.', true],
    ['Troops killed eight gunmen.', true],
    ['The bomb killed 12 people.', false],
    ['The raid killed four fighters.', false],
  ])('%j → counts the attackers: %s', (text, attackers) => {
    expect(layer(annotate(text), 'casualties')[0]?.attackers ?? false).toBe(attackers);
  });
});

describe('dates', () => {
  it.each([
    ['On 14 October 2021 a bomb exploded.', '2021-10-20', { start: '2021-10-14', precision: 'day' }],
    ['A bomb exploded yesterday.', '2021-10-20', { start: '2021-10-19', precision: 'day' }],
    ['A bomb exploded in March 2020.', '2021-10-20', { start: '2020-03-01', end: '2020-03-31', precision: 'month' }],
    ['A bomb exploded yesterday.', null, undefined],
    // date.past-month: a month without its year is the last one on or before publication
    ['In May, inmates started a riot.', '2019-11-20', { start: '2019-05-01', end: '2019-05-31', precision: 'month' }],
    ['In December, inmates started a riot.', '2019-11-20', { start: '2018-12-01', precision: 'month' }],
  ])('%j (published %s) → %j', (text, published, date) => {
    const found = layer(annotate(text, published), 'dates')[0]?.date;
    if (date) expect(found).toMatchObject(date);
    else expect(found).toBeUndefined();
  });
});

describe('places', () => {
  it.each([
    ['A bomb exploded in Asadabad, Kunar province.', 'asadabad', 'kunar'],
    ['a bomb exploded in kabul.', 'kabul', undefined],
    ['Kunar province saw fighting.', 'kunar', undefined],
    ['Fighting spread across Afghanistan.', 'af', undefined],
    ['Kabul Bank lent money.', undefined, undefined],
  ])('%j → %s within %s', (text, id, within) => {
    const [p] = layer(annotate(text), 'places');
    expect(p?.place.id).toBe(id);
    expect(p?.within[0]?.id).toBe(within);
  });
});

describe('names', () => {
  it.each([
    ['Abdullah Orakzai, alias Aslam Farooqi, was held.', 'Abdullah Orakzai', 'Aslam Farooqi'],
    ['Mullah Omar, also known as Amir al-Muminin, died.', 'Omar', 'Amir al-Muminin'], // titles stay out of names
  ])('%j teaches %s = %s', (text, name, alias) => {
    expect(layer(annotate(text), 'aliases')[0]).toMatchObject({ name, alias });
  });
  it('finds KB actors by alias, lower case too', () => {
    expect(layer(annotate('the fmln and iskp'), 'names').map((n) => n.actor.id)).toEqual(['fmln', 'iskp']);
  });
  it.each([
    ["The ISKP's fighters struck.", 'name.kb+name.possessive'],
    ['The ISKP fighters struck.', 'name.kb'],
  ])('%j → iskp by %s', (text, rule) => {
    expect(layer(annotate(text), 'names').map((n) => [n.actor.id, n.rule])).toEqual([['iskp', rule]]);
  });
});

describe('weapons', () => {
  it.each([
    ['A car bomb and two hand grenades.', ['car bomb', 'hand grenades']],
    ['they used dynamite.', ['dynamite']],
  ])('%j → %j', (text, weapons) => {
    expect(layer(annotate(text), 'weapons').map((w) => w.mention.toLowerCase())).toEqual(weapons);
  });
});

describe('arguments', () => {
  const roles = (text: string) => layer(annotate(text), 'arguments').map((a) => [a.role, a.mention]);
  it.each([
    [
      'Gunmen killed three soldiers.',
      [
        ['perpetrator', 'Gunmen'], // arg.trigger-agent: "gunmen" is a trigger that names its attacker
        ['perpetrator', 'Gunmen'],
        ['victim', 'three soldiers'],
      ],
    ],
    [
      'Three soldiers were killed by gunmen.',
      [
        ['victim', 'Three soldiers'],
        ['perpetrator', 'gunmen'],
        ['perpetrator', 'gunmen'],
      ],
    ],
    [
      'members of the fmln attacked an electric power substation.',
      [
        ['perpetrator', 'fmln'],
        ['target', 'an electric power substation'],
      ],
    ],
    [
      'Police arrested two men.',
      [
        ['arresting_party', 'Police'],
        ['detainee', 'two men'],
      ],
    ],
    ['An IED killed a police chief.', [['victim', 'a police chief']]],
  ])('%j → %j', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import {
  fillsAlongsideTagger,
  isArmedTarget,
  isUnitTarget,
  patternFillsRole,
  targetsAlone,
  wireClash,
} from './wire-targets.js';

describe('patternFillsRole (roles.wire-target-patterns, roles.wire-target-active)', () => {
  it.each([
    { role: 'target', learned: [], rule: 'arg.active.object', fills: true },
    { role: 'target', learned: ['victim', 'perpetrator'], rule: 'arg.noun.on', fills: true },
    { role: 'target', learned: ['target'], rule: 'arg.active.object', fills: false },
    { role: 'victim', learned: [], rule: 'arg.active.object', fills: false },
    { role: 'perpetrator', learned: [], rule: 'arg.active.subject', fills: false },
    // roles.wire-agent-by: "were kidnapped by guerrillas"
    { role: 'perpetrator', learned: [], rule: 'arg.passive.by', fills: true },
    { role: 'perpetrator', learned: ['victim'], rule: 'arg.passive.by+arg.anaphor', fills: true },
    { role: 'perpetrator', learned: ['perpetrator'], rule: 'arg.passive.by', fills: false },
    { role: 'perpetrator', learned: [], rule: 'arg.noun.by', fills: false },
    // "the offices, which were attacked": the phrase before a passive fills no target
    { role: 'target', learned: [], rule: 'arg.passive.subject', fills: false },
    { role: 'target', learned: [], rule: 'arg.passive.subject+arg.members-victims', fills: false },
    // roles.wire-site-alongside: a bombing's site fills the target role beside the tagger's
    { role: 'target', learned: ['target'], rule: 'arg.explosion-site', fills: true },
    { role: 'target', learned: [], rule: 'arg.explosion-site', fills: true },
  ])('$role by $rule with tagged $learned → $fills', ({ role, learned, rule, fills }) => {
    expect(patternFillsRole(role, new Set(learned), rule)).toBe(fills);
  });
});

describe('isArmedTarget (roles.no-armed-target)', () => {
  const names = new Set(['fmln', 'atlacatl battalion']);
  it.each([
    { role: 'target', mention: 'FMLN', category: undefined, armed: true },
    { role: 'target', mention: 'atlacatl battalion', category: undefined, armed: true },
    { role: 'target', mention: 'the army', category: 'state_security', armed: true },
    { role: 'target', mention: 'gas station', category: undefined, armed: false },
    { role: 'target', mention: 'fmln headquarters', category: undefined, armed: false },
    { role: 'target', mention: 'el espectador', category: 'media', armed: false },
    { role: 'perpetrator', mention: 'fmln', category: 'armed_group', armed: false },
  ])('$role $mention → $armed', ({ role, mention, category, armed }) => {
    expect(isArmedTarget({ role: role as 'target', mention }, names, category)).toBe(armed);
  });
});

describe('isUnitTarget (roles.no-unit-target)', () => {
  it.each([
    ['an army patrol', true],
    ['a two-vehicle army patrol', true],
    ['garrison of the 3d infantry brigade', true],
    ["salvadoran army's 1st infantry brigade", true],
    ['a civil defense post', true],
    ['el triunfo civil defense post', true],
    ['a military convoy', true],
    ['a police patrol car', false],
    ['the national police station', false],
    ['residence of u.s. military advisers', false],
    ['a civil registry office', false],
    ['gas station', false],
  ])('%s → %s', (mention, unit) => expect(isUnitTarget(mention)).toBe(unit));
});

describe('wireClash (roles.wire-clash)', () => {
  it.each([
    ['clash', true],
    ['attack', false],
    ['kidnapping', false],
    ['operation', false],
  ])('%s → %s', (eventClass, none) => expect(wireClash(eventClass)).toBe(none));
});

describe('targetsAlone (roles.wire-target-alone)', () => {
  const pattern = 'arg.active.object+roles.wire-target-patterns';
  it.each([
    { name: 'a pattern target alone', rules: ['trg.armed-v.0', pattern], roles: ['target'], weapons: 0, alone: true },
    {
      name: 'two of them',
      rules: [pattern, 'arg.noun.on+roles.wire-target-patterns'],
      roles: ['target', 'target'],
      weapons: 0,
      alone: true,
    },
    {
      name: 'the tagger found a role',
      rules: [pattern, 'learned.PerpInd'],
      roles: ['target', 'perpetrator'],
      weapons: 0,
      alone: false,
    },
    {
      name: 'the tagger found a weapon',
      rules: [pattern, 'learned.Weapon'],
      roles: ['target'],
      weapons: 1,
      alone: false,
    },
    { name: 'a weapon told', rules: [pattern], roles: ['target'], weapons: 1, alone: false },
    { name: 'a named target', rules: ['arg.active.object'], roles: ['target'], weapons: 0, alone: false },
    {
      name: 'a perpetrator by "by"',
      rules: [pattern, 'arg.passive.by+roles.wire-agent-by'],
      roles: ['target', 'perpetrator'],
      weapons: 0,
      alone: false,
    },
    { name: 'no actor', rules: [], roles: [], weapons: 0, alone: false },
  ])('$name → $alone', ({ rules, roles, weapons, alone }) => {
    expect(targetsAlone(rules, roles, weapons)).toBe(alone);
  });
});

describe('fillsAlongsideTagger (roles.wire-site-alongside)', () => {
  it.each([
    ['arg.explosion-site', true],
    ['arg.explosion-site+arg.members-victims', true],
    ['arg.active.object', false],
    ['arg.noun.on', false],
  ])('%s → %s', (rule, alongside) => expect(fillsAlongsideTagger(rule)).toBe(alongside));
});

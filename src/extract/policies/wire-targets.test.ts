import { describe, expect, it } from 'vitest';
import { fillsAlongsideTagger, isArmedTarget, patternFillsRole, wireClash } from './wire-targets.js';

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

describe('wireClash (roles.wire-clash)', () => {
  it.each([
    ['clash', true],
    ['attack', false],
    ['kidnapping', false],
    ['operation', false],
  ])('%s → %s', (eventClass, none) => expect(wireClash(eventClass)).toBe(none));
});

describe('fillsAlongsideTagger (roles.wire-site-alongside)', () => {
  it.each([
    ['arg.explosion-site', true],
    ['arg.explosion-site+arg.members-victims', true],
    ['arg.active.object', false],
    ['arg.noun.on', false],
  ])('%s → %s', (rule, alongside) => expect(fillsAlongsideTagger(rule)).toBe(alongside));
});

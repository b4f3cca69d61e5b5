import { describe, expect, it } from 'vitest';
import { planSplit } from './entity-split-plan.js';
import { entityAfter, movesActor, type SplitRule } from './entity-split-rules.js';

const split: SplitRule = {
  decisionId: 1,
  sourceId: 'ent_a',
  newId: 'ent_b',
  movedKeys: ['mullah abdullah'],
  keptKeys: ['abdullah', 'abdullah mehsud'],
};

describe('movesActor', () => {
  it.each([
    ['a moved mention', 'Mullah Abdullah', 'Abdullah', true],
    ['a moved mention, other spelling', 'MULLAH ABDULLAH', 'Abdullah', true],
    ['a kept mention, though the name moved', 'Abdullah Mehsud', 'Mullah Abdullah', false],
    ['an unknown mention: the name decides', 'the mullah', 'Mullah Abdullah', true],
    ['an unknown mention with a kept name', 'the commander', 'Abdullah', false],
  ])('%s', (_, mention, name, moves) => {
    expect(movesActor(split, { mention, name })).toBe(moves);
  });
});

describe('entityAfter', () => {
  const actor = (entity: string | null, mention = 'Mullah Abdullah') => ({ entity, mention, name: 'Abdullah' });
  it.each([
    ['moves a mention of the split entity', actor('ent_a'), new Map(), 'ent_b'],
    ['leaves a kept name alone', actor('ent_a', 'Abdullah'), new Map(), 'ent_a'],
    ['leaves other entities alone', actor('ent_c'), new Map(), 'ent_c'],
    ['follows a merge into the split entity first', actor('ent_z'), new Map([['ent_z', 'ent_a']]), 'ent_b'],
    ['survives the split entity being merged away', actor('ent_a'), new Map([['ent_a', 'ent_x']]), 'ent_b'],
    ['lands where the new entity was merged', actor('ent_a'), new Map([['ent_b', 'ent_y']]), 'ent_y'],
    ['keeps unnamed groups unnamed', actor(null), new Map(), null],
  ])('%s', (_, a, roots, expected) => {
    expect(entityAfter(a, roots, [split])).toBe(expected);
  });

  it('applies splits in order, so a split of the new entity follows', () => {
    const again: SplitRule = { ...split, decisionId: 2, sourceId: 'ent_b', newId: 'ent_c', keptKeys: ['x'] };
    expect(entityAfter(actor('ent_a'), new Map(), [split, again])).toBe('ent_c');
  });
});

describe('planSplit', () => {
  const entity = { name: 'Abdullah', name_key: 'abdullah' };
  const aliases = [
    { alias: 'Abdullah Mehsud', alias_key: 'abdullah mehsud' },
    { alias: 'Mullah Abdullah', alias_key: 'mullah abdullah' },
    { alias: 'Mullah Abdullah', alias_key: 'mullah abdullah' }, // learned from two documents
  ];

  it.each([
    [['mullah ABDULLAH'], undefined, { movedNames: ['Mullah Abdullah'], newName: 'Mullah Abdullah', renameTo: null }],
    [
      ['Mullah Abdullah'],
      ' Abdullah of Helmand ',
      { newName: 'Abdullah of Helmand', keptKeys: ['abdullah', 'abdullah mehsud'] },
    ],
    [['Abdullah'], undefined, { newName: 'Abdullah', renameTo: 'Abdullah Mehsud' }],
  ])('moves %j named %j', (requested, name, expected) => {
    expect(planSplit(entity, aliases, requested, name)).toMatchObject(expected);
  });

  it.each([
    [[], undefined, /at least one name/],
    [['  '], undefined, /at least one name/],
    [['Abu Bakr'], undefined, /"Abu Bakr" is not a name of Abdullah/],
    [['Abdullah', 'Abdullah Mehsud', 'Mullah Abdullah'], undefined, /cannot move every name of Abdullah/],
    [['Mullah Abdullah'], 'Abdullah Mehsud', /stays with Abdullah/],
    [['Mullah Abdullah'], '!!', /needs letters or digits/],
  ])('refuses %j named %j', (requested, name, error) => {
    expect(() => planSplit(entity, aliases, requested, name)).toThrow(error);
  });
});

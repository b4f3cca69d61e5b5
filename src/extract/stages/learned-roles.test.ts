import { describe, expect, it } from 'vitest';
import { layer } from '../annotated.js';
import { assemble } from '../assemble.js';
import { TEST_KNOWLEDGE } from '../test-knowledge.js';
import { datesStage } from './dates.js';
import { learnedRolesStage, taggedSentences } from './learned-roles.js';
import { namesStage } from './names.js';
import { placesStage } from './places.js';
import { segmentStage } from './segment.js';
import { triggersStage } from './triggers.js';

const pipeline = assemble([segmentStage, datesStage, placesStage, namesStage, triggersStage, learnedRolesStage]);
const roles = (text: string) =>
  layer(
    pipeline.run(
      text,
      { title: null, author: null, published: null, publisher: null, url: null },
      { knowledge: TEST_KNOWLEDGE },
    ),
    'learnedRoles',
  ).map((r) => [r.role, r.mention]);

describe('taggedSentences', () => {
  it.each([
    [[], false, []],
    [[{ sentence: 4 }, { sentence: 4 }], false, [[4, true]]],
    [
      [{ sentence: 0 }, { sentence: 2 }],
      false,
      [
        [0, true],
        [2, true],
      ],
    ],
    [
      [{ sentence: 0 }, { sentence: 2 }],
      true,
      [
        [0, true],
        [1, false],
        [2, true],
      ],
    ],
  ])('%j with neighbours %j → %j', (triggers, withNeighbours, sentences) => {
    expect([...taggedSentences(triggers, withNeighbours)].sort((a, b) => a[0] - b[0])).toEqual(sentences);
  });
});

describe('learned roles (model/roles.json)', () => {
  it.each([
    // MUC-4 style lower-case wire text: the tagger was trained on such text
    ['urban guerrillas exploded a car bomb at the bank.', ['PerpInd', 'urban guerrillas']],
    ['the bomb exploded.', ['Weapon', 'bomb']],
  ])('%j includes %j', (text, role) => {
    expect(roles(text)).toContainEqual(role);
  });

  it('tags nothing far from any trigger', () => {
    expect(roles('the minister met the ambassador. they spoke of trade.')).toEqual([]);
  });
});

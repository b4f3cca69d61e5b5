/** Rule `arg.explosion-site` (stages/arguments.ts): the facility where a bomb went off is its target. */
import { describe, expect, it } from 'vitest';
import { layer } from '../annotated.js';
import { PIPELINE } from '../pipeline.js';
import { TEST_KNOWLEDGE } from '../test-knowledge.js';

const meta = { title: null, author: null, published: '1989-10-20', publisher: 'Test Wire', url: null };
const sites = (text: string) => [
  ...new Set(
    layer(PIPELINE.run(text, meta, { knowledge: TEST_KNOWLEDGE }), 'arguments')
      .filter((a) => a.rule.startsWith('arg.explosion-site'))
      .map((a) => `${a.role}:${a.mention}`),
  ),
];

describe('arg.explosion-site', () => {
  it.each([
    ['a bomb exploded today in a hotel in the capital.', ['target:hotel']],
    ['dynamite went off at a large gas station last night.', ['target:large gas station']],
    ['a powerful bomb was placed outside the federal police building.', ['target:federal police building']],
    // filler bounds: the possessive goes
    ['a bomb exploded inside his vehicle as he drove home.', ['target:vehicle']],
    ['a bomb exploded inside a tourist bus on the highway.', ['target:tourist bus']],
    // vehicle and utility heads of FACILITY_HEADS (lexicons/nouns.ts)
    ['a bomb exploded near an ambulance on the highway.', ['target:ambulance']],
    ['a dynamite charge exploded at a transformer last night.', ['target:transformer']],
    // a place, a person or a part of a building is no facility
    ['a bomb exploded in san salvador.', []],
    ['a bomb exploded near a policeman.', []],
    ['a bomb exploded on the 6th floor of the building.', []],
    // only bombings: a shooting's site is not what it hit
    ['gunmen opened fire in a restaurant.', []],
    // a phrase the chunker may have cut is left alone
    ['a bomb exploded at the offices of the salvadoran workers national union federation.', []],
  ])('%j → %j', (text, expected) => {
    expect(sites(text)).toEqual(expected);
  });
});

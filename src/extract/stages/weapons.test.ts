import { describe, expect, it } from 'vitest';
import { layer } from '../annotated.js';
import { assemble } from '../assemble.js';
import { TEST_KNOWLEDGE } from '../test-knowledge.js';
import { segmentStage } from './segment.js';
import { findWeapons, weaponsStage } from './weapons.js';

const pipeline = assemble([segmentStage, weaponsStage]);
const annotate = (text: string) =>
  pipeline.run(
    text,
    { title: null, author: null, published: null, publisher: null, url: null },
    { knowledge: TEST_KNOWLEDGE },
  );

describe('weapons stage', () => {
  it.each([
    // longest match first
    ['a car bomb exploded', ['car bomb']],
    ['sticks of dynamite and a machine gun', ['sticks of dynamite', 'machine gun']],
    // words the train keys rarely take as the weapon are left out (model/weapons.json)
    ['troops seized rifles, grenades and mines', []],
    ['a bomb and rifles', ['bomb']],
    ['no weapon here', []],
    // weapon.not-the-arm: people who handle arms, talk about arms
    ['the police bomb squad arrived after the bomb exploded', ['bomb']],
    ['explosives experts defused the dynamite', ['dynamite']],
    ['this man was an expert in explosives', []],
    ['personnel specializing in explosives defused the grenade', ['grenade']],
    ['bomb threats were received', []],
    ['the explosives were placed in a car', ['explosives']],
  ])('%j → %j', (text, weapons) => {
    expect(layer(annotate(text), 'weapons').map((w) => w.mention.toLowerCase())).toEqual(weapons);
  });
});

describe('findWeapons (the lexicon before the filter)', () => {
  it.each([
    ['troops seized rifles and grenades', ['rifles', 'grenades']],
    ['A Car Bomb', ['Car Bomb']],
  ])('%j → %j', (text, weapons) => {
    const doc = annotate(text);
    expect(findWeapons(doc.text, layer(doc, 'tokens'), layer(doc, 'sentences')).map((w) => w.mention)).toEqual(weapons);
  });
});

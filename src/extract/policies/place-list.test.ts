import { describe, expect, it } from 'vitest';
import { isPluralMention, placeListAfter, refersBack } from './place-list.js';

const words = (text: string) => text.split(' ').map((norm) => ({ norm }));

describe('split.place-list', () => {
  // [text from the opener on, the items as their words, or null]
  it.each([
    ['in vina del mar , talca , and temuco were the target', ['vina del mar', 'talca', 'temuco']],
    [
      'of ayutuxtepeque , colonia escandia , san ramon , and cuscatancingo , where the rebels',
      ['ayutuxtepeque', 'colonia escandia', 'san ramon', 'cuscatancingo'],
    ],
    ['in san vicente and morazan department in the center', ['san vicente', 'morazan department']],
    ['in sabaneta and el retiro municipalities , respectively', ['sabaneta', 'el retiro municipalities']],
    // a clause goes on after "and": no list
    ['in medellin and kidnapped two people', null],
    // one place, or a place with its province ("in caracas , venezuela"): no list
    ['in bogota .', null],
    ['in caracas , venezuela', null],
    ['in san salvador , especially in the north', null],
    // not after "in" or "of"
    ['at bogota and cali .', null],
  ])('%j → %j', (text, expected) => {
    const tokens = words(text);
    const items = placeListAfter(tokens, 0, tokens.length);
    expect(items?.map(([from, to]) => text.split(' ').slice(from, to).join(' ')) ?? null).toEqual(expected);
  });

  it.each([
    ['electricity poles', true],
    ['bank branches', true],
    ['the business', false],
    ['a bus', false],
    ['the school', false],
  ])('plural %j → %s', (mention, plural) => expect(isPluralMention(mention)).toBe(plural));

  // a definite plural sums up incidents already told: no round-up of its own
  it.each([
    ['taken together , the four attacks', true],
    ['these bombings', true],
    ['all 12 explosions', true],
    ['were the target of bomb attacks', false],
    ['four attacks', false],
  ])('refersBack(%j) → %j', (text, expected) => {
    const tokens = words(text);
    expect(refersBack(tokens, tokens.length - 1)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { spanWords, type Token, type TokenSpan } from '../annotated.js';
import { tokenize } from '../stages/segment.js';
import { expandsList, itemFits, listItemsAfter, listItemsBefore } from './list-fillers.js';

const spanTexts = (tokens: Token[], spans: readonly TokenSpan[]) => spans.map((s) => spanWords(tokens, s));

describe('listItemsAfter (learned.list-conjuncts)', () => {
  it.each([
    {
      text: 'burned the offices of the enterprise, the agrarian bank, the national bank, and health ministry offices.',
      filler: 'the offices of the enterprise',
      role: 'Target',
      items: ['agrarian bank', 'national bank', 'health ministry offices'],
    },
    {
      text: 'destroyed the municipal office, a gasoline station and the civil defense post in el congo.',
      filler: 'the municipal office',
      role: 'Target',
      items: ['gasoline station', 'civil defense post'],
    },
    {
      text: 'were identified as jose manuel jimenez rivera, pedro rafael jimenez cortez, and jose lacides ordonez.',
      filler: 'jose manuel jimenez rivera',
      role: 'Victim',
      items: ['pedro rafael jimenez cortez', 'jose lacides ordonez'],
    },
    // victims' ages after their names, items parted by semicolons
    {
      text: 'exploded, killing maria jacinta pulido, 42; jose perez, 19; and efrain rincon rodriguez.',
      filler: 'maria jacinta pulido',
      role: 'Victim',
      items: ['jose perez', 'efrain rincon rodriguez'],
    },
    // a gloss in brackets after a listed name ends the item, not the name
    {
      text: 'the attack against (presidency minister) antonio rodriguez porth and edgar chacon (ideologue of the orlando de sola group).',
      filler: 'antonio rodriguez porth',
      role: 'Victim',
      items: ['edgar chacon'],
    },
    // (unless the item starts with no first name: an apposition, not a listed person)
    {
      text: 'the assassination of bernardo jaramillo ossa, patriotic union (up) presidential candidate, is under control.',
      filler: 'bernardo jaramillo ossa',
      role: 'Victim',
      items: [],
    },
    // an apposition with an article says who the victim was; it lists no one
    {
      text: 'castano was connected to the death of bernardo jaramillo, also a presidential candidate, for the up.',
      filler: 'bernardo jaramillo',
      role: 'Victim',
      items: [],
    },
    // a list item that is no facility ends the list
    { text: 'bombed a bank, killing two people.', filler: 'a bank', role: 'Target', items: [] },
    { text: 'damaged the bus and the driver fled.', filler: 'the bus', role: 'Target', items: [] },
    // victims by a people head are left out
    { text: 'killed jose perez, two women and a child.', filler: 'jose perez', role: 'Victim', items: [] },
    { text: 'the guerrillas, the soldiers and the police.', filler: 'the guerrillas', role: 'PerpInd', items: [] },
  ])('$role after "$filler" → $items', ({ text, filler, role, items }) => {
    const tokens = tokenize(text);
    const end = tokenize(text.slice(0, text.indexOf(filler) + filler.length)).length;
    const spans = listItemsAfter(tokens, end, tokens.length, role);
    expect(spanTexts(tokens, spans)).toEqual(items);
  });
});

describe('listItemsBefore (learned.list-conjuncts)', () => {
  it.each([
    {
      text: 'guerrillas burned the agrarian bank, the national bank, and health ministry offices.',
      filler: 'health ministry offices',
      items: ['national bank', 'agrarian bank'],
    },
    { text: 'the rebels, who attacked a bus and a school.', filler: 'a school', items: ['bus'] },
    { text: 'in lima, a bank was bombed.', filler: 'a bank', items: [] },
  ])('Target before "$filler" → $items', ({ text, filler, items }) => {
    const tokens = tokenize(text);
    const start = tokenize(text.slice(0, text.indexOf(filler))).length;
    const spans = listItemsBefore(tokens, start, 0, 'Target');
    expect(spanTexts(tokens, spans)).toEqual(items);
  });
});

describe('itemFits', () => {
  it.each([
    { role: 'Target', words: 'health ministry offices', fits: true },
    { role: 'Target', words: 'the driver', fits: false },
    { role: 'Victim', words: 'hector oqueli colindres', fits: true },
    { role: 'Victim', words: 'two women', fits: false },
    { role: 'Victim', words: 'oqueli', fits: false },
  ])('$role $words → $fits', ({ role, words, fits }) => {
    expect(itemFits(role, words.split(' '))).toBe(fits);
  });
});

describe('expandsList', () => {
  it.each([
    { role: 'Victim', types: ['attack.armed'], expands: true },
    { role: 'Victim', types: ['attack.armed', 'arrest.arrest'], expands: false },
    { role: 'Target', types: ['arrest.arrest'], expands: true },
    { role: 'Victim', types: [], expands: true },
  ])('$role with $types → $expands', ({ role, types, expands }) => {
    expect(expandsList(role, types)).toBe(expands);
  });
});

import { describe, expect, it } from 'vitest';
import type { EventActor } from '../../domain/index.js';
import { perpetratorsWithoutPossessive, withoutPossessive } from './perp-possessive.js';

describe('perp.drop-possessive', () => {
  it.each([
    ["farabundo marti national liberation front's", 'farabundo marti national liberation front'],
    ["the medellin cartel's", 'the medellin cartel'],
    ['fmln’s', 'fmln'],
    ['fmln', null],
    ["people's liberation forces", null],
    ['guerrillas', null],
    ["'s", null],
  ])('withoutPossessive(%j) → %j', (phrase, expected) => {
    expect(withoutPossessive(phrase)).toBe(expected);
  });

  const actor = (role: EventActor['role'], mention: string, kind: EventActor['kind'] = 'organization'): EventActor => ({
    role,
    entity: null,
    name: mention,
    mention,
    kind,
  });
  const show = (actors: EventActor[]) => actors.map((a) => `${a.role}:${a.mention}`);

  it.each([
    // trimmed
    [[actor('perpetrator', "salvadoran army's")], ['perpetrator:salvadoran army'], true],
    // a trimmed perpetrator the event holds already goes
    [
      [actor('perpetrator', "fmln's"), actor('perpetrator', 'fmln'), actor('perpetrator', 'guerrillas', 'group')],
      ['perpetrator:fmln', 'perpetrator:guerrillas'],
      true,
    ],
    // two trimmed to one
    [[actor('perpetrator', "fmln's"), actor('perpetrator', "fmln's")], ['perpetrator:fmln'], true],
    // other roles keep theirs (victims end at the possessive in filler.bounds)
    [[actor('target', "alfredo cristiani's")], ["target:alfredo cristiani's"], false],
    // nothing to trim: duplicates the event holds are not this rule's business
    [[actor('perpetrator', 'fmln'), actor('perpetrator', 'fmln')], ['perpetrator:fmln', 'perpetrator:fmln'], false],
  ])('%#: perpetratorsWithoutPossessive', (actors, expected, changed) => {
    const out = perpetratorsWithoutPossessive(actors);
    expect(show(out.actors)).toEqual(expected);
    expect(out.changed).toBe(changed);
  });
});

import { describe, expect, it } from 'vitest';
import type { Casualties, Count } from '../domain/index.js';
import { formatCount, pickFigures } from './figures.js';

const cas = (killed: Count | null, injured: Count | null = null): Casualties => ({
  killed,
  injured,
  arrested: null,
  kidnapped: null,
});
const n = (min: number, max: number | null = min): Count => ({ min, max });

describe('pickFigures', () => {
  const table = [
    {
      name: 'lowest killed, disputed, with a note naming the sources',
      claims: [
        { label: 'TASS', casualties: cas(n(5)) },
        { label: 'Pajhwok', casualties: cas(n(7)) },
      ],
      rule: 'acled-conservative',
      killed: n(5),
      note: 'killed: 5 (TASS) vs 7 (Pajhwok); lowest shown',
    },
    {
      name: 'agreeing sources are not disputed',
      claims: [
        { label: 'A', casualties: cas(n(3)) },
        { label: 'B', casualties: cas(n(3), n(2)) },
      ],
      rule: 'acled-conservative',
      killed: n(3),
      note: null,
    },
    {
      name: 'a silent source does not dispute',
      claims: [
        { label: 'A', casualties: cas(null) },
        { label: 'B', casualties: cas(n(4, null)) },
      ],
      rule: 'acled-conservative',
      killed: n(4, null),
      note: null,
    },
    {
      name: 'highest-reported picks the top figure',
      claims: [
        { label: 'A', casualties: cas(n(2)) },
        { label: 'B', casualties: cas(n(2, 9)) },
      ],
      rule: 'highest-reported',
      killed: n(2, 9),
      note: 'killed: 2 (A) vs 2–9 (B); highest shown',
    },
  ];
  it.each(table)('$name', ({ claims, rule, killed, note }) => {
    const out = pickFigures(claims, rule);
    expect(out.casualties.killed).toEqual(killed);
    expect(out.note).toBe(note);
    expect(out.disputed).toBe(note !== null);
    expect(out.rule).toBe(rule);
  });

  it('rejects an unknown rule', () => expect(() => pickFigures([], 'nope')).toThrow(/unknown figure rule/));
  it('formats counts', () => expect([n(5), n(5, null), n(5, 7)].map(formatCount)).toEqual(['5', 'at least 5', '5–7']));
});

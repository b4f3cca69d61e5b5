import { describe, expect, it } from 'vitest';
import { yearlessDays } from './yearless-days.js';

const words = (text: string) => text.split(' ').map((norm) => ({ norm }));

describe('yearlessDays (merge.yearless-day)', () => {
  it.each([
    ['on 2 september the main offices were destroyed', [{ day: '2000-09-02', at: 2 }]],
    ['on september 2 the offices were destroyed', [{ day: '2000-09-02', at: 1 }]],
    [
      'on 25 january and on 3 february',
      [
        { day: '2000-01-25', at: 2 },
        { day: '2000-02-03', at: 6 },
      ],
    ],
    ['on 29 february', [{ day: '2000-02-29', at: 2 }]],
    // a day with its year is the dates stage's
    ['hoyos was kidnapped on 25 january 1988', []],
    ['on september 2 , 1989', []],
    // a month alone, a number that is no day
    ['in september the army attacked', []],
    ['40 may have died', []],
    ['at least 3 may have died', []],
    ['on 3 may guerrillas attacked', [{ day: '2000-05-03', at: 2 }]],
    ['on 45 march', []],
  ])('%s', (text, days) => {
    const tokens = words(text);
    expect(yearlessDays(tokens, 0, tokens.length)).toEqual(days);
  });
});

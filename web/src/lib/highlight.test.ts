import { describe, expect, it } from 'vitest';
import { findMentions, segmentText } from './highlight.js';

describe('segmentText', () => {
  it.each([
    ['no spans', 'abc', [], [['abc', []]]],
    [
      'one span',
      'ab cd',
      [{ start: 3, end: 5, mark: 'x' }],
      [
        ['ab ', []],
        ['cd', ['x']],
      ],
    ],
    [
      'nested spans',
      'hello world',
      [
        { start: 0, end: 11, mark: 'e' },
        { start: 6, end: 11, mark: 'p' },
      ],
      [
        ['hello ', ['e']],
        ['world', ['e', 'p']],
      ],
    ],
    [
      'spans outside the text are clipped',
      'abc',
      [{ start: 2, end: 9, mark: 'x' }],
      [
        ['ab', []],
        ['c', ['x']],
      ],
    ],
    ['empty spans are dropped', 'abc', [{ start: 1, end: 1, mark: 'x' }], [['abc', []]]],
  ])('%s', (_name, text, spans, expected) => {
    expect(segmentText(text, spans).map((s) => [s.text, s.marks])).toEqual(expected);
  });

  it('keeps every character exactly once', () => {
    const text = 'Gunmen killed 6 in Kabul on Monday.';
    const segs = segmentText(text, [
      { start: 0, end: 35, mark: 1 },
      { start: 14, end: 15, mark: 2 },
      { start: 19, end: 24, mark: 3 },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });
});

describe('findMentions', () => {
  it.each([
    ['Gunmen hit Kabul', 0, 16, ['kabul'], [[11, 16]]],
    [
      'Kabul and kabul',
      0,
      15,
      ['Kabul'],
      [
        [0, 5],
        [10, 15],
      ],
    ],
    ['Kabul and kabul', 5, 15, ['Kabul'], [[10, 15]]],
    ['a b', 0, 3, ['a', ''], []],
  ])('finds %j in %s', (text, from, to, words, expected) => {
    expect(findMentions(text, from, to, words).map((m) => [m.start, m.end])).toEqual(expected);
  });
});

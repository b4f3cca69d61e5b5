import { describe, expect, it } from 'vitest';
import { readCount } from './numbers.js';
import { segment } from './stages/segment.js';

const read = (text: string) => {
  const { tokens } = segment(text);
  return readCount(tokens, 0, tokens.length)?.count ?? null;
};

describe('readCount', () => {
  it.each([
    ['at least six', { min: 6, max: null }],
    ['about 500', { min: 500, max: 500 }],
    ['more than a thousand', { min: 1000, max: null }],
    ['a police chief', { min: 1, max: 1 }],
    ['dozens', { min: 12, max: null }],
    ['tens', { min: 10, max: null }],
    ['hundreds', { min: 100, max: null }],
    ['twenty-five', null],
    ['twenty five', { min: 25, max: 25 }],
    ['two hundred and five', { min: 205, max: 205 }],
    ['1,200', { min: 1200, max: 1200 }],
    ['three thousand', { min: 3000, max: 3000 }],
    ['police', null],
    ['constructor', null],
    ['constructor workers', null],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

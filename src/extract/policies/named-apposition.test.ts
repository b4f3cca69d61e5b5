import { describe, expect, it } from 'vitest';
import { spanWords } from '../annotated.js';
import { tokenize } from '../stages/segment.js';
import { appositionNames, isPeoplePlural } from './named-apposition.js';

const names = (text: string) => {
  const tokens = tokenize(text);
  return appositionNames(tokens, 0, tokens.length).map((s) => spanWords(tokens, s));
};

describe('appositionNames (victim.named-apposition)', () => {
  it.each([
    {
      text: 'the two italians, roberto roascio of milan and mario accurso of rome, together with spaniard francisco puja, were taken hostage.',
      out: ['roberto roascio', 'mario accurso'],
    },
    {
      text: 'two of her das bodyguards, dagoberto rodriguez and alfonso de lima, who were inside the car, were killed instantly.',
      out: ['dagoberto rodriguez', 'alfonso de lima'],
    },
    {
      text: 'the u.s. citizens -- todd ray wilson burdenson and jeffrey brent ball -- were missionaries.',
      out: ['todd ray wilson burdenson', 'jeffrey brent ball'],
    },
    // one name after a plural is not a list
    { text: 'the soldiers, jose perez, were killed.', out: [] },
    // no plural of people before the list
    { text: 'the house, jose perez and juan lopez said, was burned.', out: [] },
  ])('$text', ({ text, out }) => {
    expect(names(text)).toEqual(out);
  });
});

describe('isPeoplePlural', () => {
  it.each([
    ['italians', true],
    ['bodyguards', true],
    ['soldiers', true],
    ['houses', false],
    ['italian', false],
  ])('%s → %s', (w, out) => {
    expect(isPeoplePlural(w)).toBe(out);
  });
});

import { describe, expect, it } from 'vitest';
import { namesOf, splitProblem } from './split-choice.js';

describe('namesOf', () => {
  it.each([
    [{ name: 'Abdullah', aliases: ['Mullah Abdullah'] }, ['Abdullah', 'Mullah Abdullah']],
    [{ name: 'TTP', aliases: ['ttp', 'Pakistani Taliban'] }, ['TTP', 'Pakistani Taliban']],
    [{ name: 'Frontier Corps', aliases: [] }, ['Frontier Corps']],
  ])('%j → %j', (actor, names) => {
    expect(namesOf(actor)).toEqual(names);
  });
});

describe('splitProblem', () => {
  const names = ['Abdullah', 'Abdullah Mehsud', 'Mullah Abdullah'];
  it.each([
    [[], /Choose the names/],
    [names, /must stay/],
    [['Mullah Abdullah'], null],
    [['Abdullah', 'Mullah Abdullah'], null],
  ])('%j → %s', (chosen, problem) => {
    const got = splitProblem(names, chosen);
    if (problem === null) expect(got).toBeNull();
    else expect(got).toMatch(problem);
  });
});

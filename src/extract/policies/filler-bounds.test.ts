import { describe, expect, it } from 'vitest';
import { fillerBounds, roleFillerBounds } from './filler-bounds.js';

describe('fillerBounds (filler.bounds)', () => {
  it.each([
    { words: 'jecar neghme on street', kept: 'jecar neghme', rules: ['filler.cut-clause'] },
    { words: 'carlos marcelo who', kept: 'carlos marcelo', rules: ['filler.cut-clause'] },
    {
      words: 'mariela espinosa arango evening of 1 november',
      kept: 'mariela espinosa arango',
      rules: ['filler.cut-clause'],
    },
    { words: 'electricity poles with dynamite', kept: 'electricity poles', rules: ['filler.cut-clause'] },
    { words: 'by urban guerrillas', kept: 'urban guerrillas', rules: ['filler.drop-leading'] },
    { words: 'his vehicle', kept: 'vehicle', rules: ['filler.drop-leading'] },
    { words: 'offices of deputy mayor', kept: 'offices of deputy mayor', rules: [] },
    { words: 'by his car', kept: 'car', rules: ['filler.drop-leading'] },
    { words: 'fmln', kept: 'fmln', rules: [] },
    { words: 'fmln guerrilla units clashed', kept: 'fmln guerrilla units', rules: ['filler.cut-run-on'] },
    { words: 'guerrilla forces today', kept: 'guerrilla forces', rules: ['filler.cut-run-on'] },
    { words: 'stores partially destroyed', kept: 'stores', rules: ['filler.cut-run-on'] },
    { words: 'car circulating', kept: 'car', rules: ['filler.cut-run-on'] },
    { words: 'francisco merino escaped unharmed', kept: 'francisco merino', rules: ['filler.cut-run-on'] },
    { words: 'pablo martin berrocal almost 2 months ago', kept: 'pablo martin berrocal', rules: ['filler.cut-run-on'] },
    { words: 'carlos pizarro sought both to', kept: 'carlos pizarro', rules: ['filler.cut-run-on'] },
    { words: 'men wearing military uniforms', kept: 'men wearing military uniforms', rules: [] },
    { words: 'armed men', kept: 'armed men', rules: [] },
    { words: 'fmln subversives coldbloodedly', kept: 'fmln subversives', rules: ['filler.cut-adverb'] },
    { words: 'heavily armed men', kept: 'heavily armed men', rules: [] },
    { words: 'privately owned passenger bus', kept: 'privately owned passenger bus', rules: [] },
    { words: 'legislative assembly', kept: 'legislative assembly', rules: [] },
    { words: 'several gunmen', kept: 'gunmen', rules: ['filler.drop-hedge'] },
    {
      words: 'by alleged shining path members',
      kept: 'shining path members',
      rules: ['filler.drop-leading', 'filler.drop-hedge'],
    },
    { words: 'other public facilities', kept: 'public facilities', rules: ['filler.drop-hedge'] },
    { words: 'three individuals', kept: 'three individuals', rules: [] },
    {
      words: 'armed forces of killing defenseless civilians',
      kept: 'armed forces',
      rules: ['filler.cut-gerund'],
    },
    { words: 'officers for killing 6 clergymen', kept: 'officers', rules: ['filler.cut-gerund'] },
    { words: 'column of shining path members', kept: 'column of shining path members', rules: [] },
    { words: 'center for training', kept: 'center', rules: ['filler.cut-gerund'] },
    { words: 'several', kept: 'several', rules: [] },
  ])('$words → $kept', ({ words, kept, rules }) => {
    const w = words.split(' ');
    const b = fillerBounds(w);
    expect(b && w.slice(b.from, b.to).join(' ')).toBe(kept);
    expect(b?.rules).toEqual(rules);
  });

  it.each([['who'], ['by', 'his'], ['on', 'street'], ['near', 'electric'], []])('%j leaves nothing', (...words) => {
    expect(fillerBounds(words)).toBeNull();
  });
});

describe('roleFillerBounds (victim titles and possessives)', () => {
  it.each([
    { role: 'Victim', words: "colonel roberto ossa's murder", kept: 'roberto ossa', trimEnd: 2 },
    { role: 'Victim', words: 'father ignacio ellacuria', kept: 'ignacio ellacuria', trimEnd: 0 },
    { role: 'Victim', words: 'senator', kept: 'senator', trimEnd: 0 },
    { role: 'Victim', words: 'by the mayor', kept: 'the mayor', trimEnd: 0 },
    { role: 'Target', words: "cristiani's mansion", kept: "cristiani's mansion", trimEnd: 0 },
    { role: 'PerpInd', words: 'colonel ponce', kept: 'colonel ponce', trimEnd: 0 },
    { role: 'Weapon', words: 'explosives with timers', kept: 'explosives with timers', trimEnd: 0 },
  ])('$role $words → $kept', ({ role, words, kept, trimEnd }) => {
    const w = words.split(' ');
    const b = roleFillerBounds(role, w);
    const text = b && w.slice(b.from, b.to).join(' ');
    expect(text?.slice(0, text.length - (b?.trimEnd ?? 0))).toBe(kept);
    expect(b?.trimEnd).toBe(trimEnd);
  });
});

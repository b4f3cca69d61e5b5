import { describe, expect, it } from 'vitest';
import { countedInTimes } from './repeat-count.js';

const words = (text: string) => text.split(' ').map((norm) => ({ norm }));

describe('countedInTimes (draft.repeat-count)', () => {
  it.each([
    // [text, the verb, counted]
    ['the eln has dynamited the cano limon-covenas pipeline 125 times since january 1988', 'dynamited', true],
    ["in 1988 , it attacked the nation's pipelines approximately 50 times", 'attacked', true],
    ['who have dynamited the main oil pipeline , the cano limon pipeline , 23 times thus far', 'dynamited', true],
    ['rebels attacked the town three times last week', 'attacked', true],
    // no count, a count of something else, or past the clause
    ['the eln dynamited the pipeline several times', 'dynamited', false],
    ['the eln dynamited the pipeline again today', 'dynamited', false],
    ['guerrillas attacked the post ; the army repelled them three times', 'attacked', false],
    [
      'guerrillas attacked the post and the barracks of the 4th brigade in the northern town of el paraiso 3 times',
      'attacked',
      false,
    ],
  ])('%s', (text, verb, counted) => {
    const tokens = words(text);
    const at = tokens.findIndex((t) => t.norm === verb);
    expect(countedInTimes(tokens, at + 1, tokens.length)).toBe(counted);
  });
});

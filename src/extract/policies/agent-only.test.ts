import { describe, expect, it } from 'vitest';
import { TRIGGERS } from '../lexicons/triggers.js';
import { agentOnly } from './agent-only.js';

/** The id of the trigger entry for a word ("gunmen" → "trg.armed-n.13"). */
const trigger = (word: string) => TRIGGERS.find((e) => e.words.join(' ') === word)?.id ?? `missing ${word}`;

describe('agentOnly (event.agent-only)', () => {
  it.each([
    { name: 'gunmen alone', rules: [trigger('gunmen'), 'learned.PerpInd'], only: true },
    { name: 'kidnappers alone', rules: [trigger('kidnappers'), 'learned.Victim'], only: true },
    { name: 'assassins twice', rules: [trigger('assassins'), trigger('assassins')], only: true },
    { name: 'gunmen who killed', rules: [trigger('gunmen'), trigger('killed')], only: false },
    { name: 'a kidnapping', rules: [trigger('kidnapping')], only: false },
    { name: 'no trigger', rules: ['learned.PerpInd'], only: false },
  ])('$name → $only', ({ rules, only }) => {
    expect(agentOnly(rules)).toBe(only);
  });
});

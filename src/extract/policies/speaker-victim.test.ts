import { describe, expect, it } from 'vitest';
import { tokenize } from '../stages/segment.js';
import { isSpeakerVictim } from './speaker-victim.js';

/** Whether the victim `name` (its first occurrence) is the speaker of `text`. */
const speaker = (text: string, name: string) => {
  const tokens = tokenize(text);
  const words = name.split(' ');
  const from = tokens.findIndex((_, i) => words.every((w, k) => tokens[i + k]?.norm === w));
  return isSpeakerVictim(tokens, 0, tokens.length, { from, to: from + words.length });
};

describe('isSpeakerVictim (victim.not-speaker)', () => {
  it.each([
    {
      text: 'attorney general mauricio colorado, investigating the murder of the six jesuits, said today that the declarations are not conclusive.',
      name: 'mauricio colorado',
      out: true,
    },
    {
      text: 'general miguel maza, chief of the colombian secret police, warned the country today that the drug traffickers will continue.',
      name: 'miguel maza',
      out: true,
    },
    {
      text: 'legislative assembly president ricardo valdivieso and vice president-elect francisco merino also declared that the death was a blow.',
      name: 'ricardo valdivieso',
      out: true,
    },
    {
      text: 'Eduardo Colorado, attorney general of El Salvador, stated today that there is a plan.',
      name: 'eduardo colorado',
      out: true,
    },
    // the sentence turns to the speaker's own person
    {
      text: 'bernardo jaramillo ossa today revealed that the government warned him of a plot to murder him.',
      name: 'bernardo jaramillo ossa',
      out: false,
    },
    {
      text: 'coordinator miguel montenegro said that his office was bombed.',
      name: 'miguel montenegro',
      out: false,
    },
    // an object, not the subject
    {
      text: 'the family of norberto rodriguez rodriguez said today that the people are worried.',
      name: 'norberto rodriguez rodriguez',
      out: false,
    },
    {
      text: 'cristiani condemned the killing of roberto garcia alvarado and accused the fmln.',
      name: 'roberto garcia alvarado',
      out: false,
    },
    // no speech verb
    { text: 'francisco merino escaped unharmed from an attack.', name: 'francisco merino', out: false },
  ])('$name in "$text" → $out', ({ text, name, out }) => {
    expect(speaker(text, name)).toBe(out);
  });
});

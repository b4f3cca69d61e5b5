import { describe, expect, it } from 'vitest';
import { spanWords } from '../annotated.js';
import { tokenize } from '../stages/segment.js';
import { identifiedNames } from './identified-as.js';

const names = (text: string) => {
  const tokens = tokenize(text);
  return identifiedNames(tokens, 0, tokens.length).map((s) => spanWords(tokens, s));
};

describe('identifiedNames (victim.identified-as)', () => {
  it.each([
    {
      text: 'the victims were identified as jose manuel jimenez rivera, pedro rafael jimenez cortez, and pedro rafael ordonez.',
      out: ['jose manuel jimenez rivera', 'pedro rafael jimenez cortez', 'pedro rafael ordonez'],
    },
    {
      text: 'the murdered inspector was identified as gustavo ropero navarro, 22, from guachica.',
      out: ['gustavo ropero navarro'],
    },
    {
      text: 'the injured were 19-year-old robinson ramirez, 30-year-old roberto arcesio pabon, and 40-year-old hugo morales.',
      out: ['robinson ramirez', 'roberto arcesio pabon', 'hugo morales'],
    },
    {
      text: 'The two wounded men have been identified as Carlos Mendoza and Juan Lopez.',
      out: ['carlos mendoza', 'juan lopez'],
    },
    // the people identified are suspects or detainees, not casualties
    { text: 'the suspects were identified as alberto jubis and armando bernal acosta.', out: [] },
    { text: 'the arrested men have been identified as diego leon orozco, 23, and ernesto gonzalez.', out: [] },
    // nothing says who was hurt
    { text: 'the soldier was identified as edison estrada bolivar.', out: [] },
    // the list holds no names
    { text: 'the victims were two canadian women and an american citizen.', out: [] },
  ])('$text', ({ text, out }) => {
    expect(names(text)).toEqual(out);
  });
});

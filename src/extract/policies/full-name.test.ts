import { describe, expect, it } from 'vitest';
import { spanWords } from '../annotated.js';
import { tokenize } from '../stages/segment.js';
import { fullNameSpan, wordIndex } from './full-name.js';

describe('fullNameSpan (filler.full-name)', () => {
  it.each([
    {
      text: 'presidential candidate bernardo jaramillo ossa was killed. the attack on jaramillo ossa was planned.',
      filler: 'jaramillo ossa',
      at: 'on jaramillo',
      full: 'bernardo jaramillo ossa',
    },
    {
      text: 'director colonel roberto armando rivera escobar died. armando rivera escobar was shot.',
      filler: 'armando rivera escobar',
      at: 'died. armando',
      full: 'roberto armando rivera escobar',
    },
    // after a title, any name words: "joao" and "clemente" are no dictionary first names
    {
      text: 'oas secretary general joao clemente baena soares was there. they tried to kidnap baena soares.',
      filler: 'baena soares',
      at: 'kidnap baena',
      full: 'joao clemente baena soares',
    },
    // upper-case wire text: the same
    {
      text: 'CANDIDATE BERNARDO JARAMILLO OSSA WAS KILLED. THE ATTACK ON JARAMILLO OSSA WAS PLANNED.',
      filler: 'JARAMILLO OSSA',
      at: 'ON JARAMILLO',
      full: 'bernardo jaramillo ossa',
    },
    // a title or a noun before the name is no first name
    {
      text: 'the spanish jesuit ignacio ellacuria was killed. ignacio ellacuria was the rector.',
      filler: 'ignacio ellacuria',
      at: 'killed. ignacio',
      full: null,
    },
    // one word is too little to tell a name by
    { text: 'bishop oscar romero. romero was killed.', filler: 'romero', at: '. romero', full: null },
    // no longer form in the text
    { text: 'jose perez was shot.', filler: 'jose perez', at: '', full: null },
    // not a name: common words
    { text: 'the old bus station. bus station was hit.', filler: 'bus station', at: '. bus', full: null },
  ])('$filler → $full', ({ text, filler, at, full }) => {
    const tokens = tokenize(text);
    const from = tokenize(text.slice(0, text.indexOf(filler, at ? text.indexOf(at) : 0))).length;
    const span = fullNameSpan(tokens, { from, to: from + filler.split(' ').length }, wordIndex(tokens));
    expect(span && spanWords(tokens, span)).toBe(full);
  });
});

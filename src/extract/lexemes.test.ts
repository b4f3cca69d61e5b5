import { describe, expect, it } from 'vitest';
import { lexemeOf, perLexeme, tokenLexemes } from './lexemes.js';

describe('lexemes', () => {
  it('gives a word the same number every time, and other words other numbers', () => {
    expect(lexemeOf('kabul')).toBe(lexemeOf('kabul'));
    expect(lexemeOf('kabul')).not.toBe(lexemeOf('kunar'));
  });

  it('numbers the tokens of a document once', () => {
    const tokens = ['the', 'bomb', 'the'].map((norm, k) => ({ start: k, end: k + 1, norm, sentence: 0 }));
    const lexemes = tokenLexemes(tokens);
    expect(lexemes[0]).toBe(lexemes[2]);
    expect(lexemes[1]).toBe(lexemeOf('bomb'));
    expect(tokenLexemes(tokens)).toBe(lexemes);
  });

  it.each([
    ['bombing', 7],
    ['a', 1],
    ['', 0],
  ])('remembers a function of %j per lexeme (%d)', (word, length) => {
    let calls = 0;
    const lengthOf = perLexeme((w) => {
      calls++;
      return w.length;
    });
    const lexeme = lexemeOf(word);
    expect(lengthOf(lexeme, word)).toBe(length);
    expect(lengthOf(lexeme, word)).toBe(length);
    expect(calls).toBe(1);
    expect(lengthOf(-1, word)).toBe(length); // no lexeme (table full): computed each time
    expect(calls).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { fold, MAX_SENTENCE_TOKENS, segment } from './segment.js';

describe('segment', () => {
  it.each([
    { text: 'It exploded. Two died.', sentences: 2 },
    { text: 'col. isaacs said the attack failed. the guerrillas fled.', sentences: 2 },
    { text: 'Officials in the U.S. said so.', sentences: 1 },
    { text: 'Title line\n\nBody text without a stop', sentences: 2 },
    { text: '"He was shot." Then police came.', sentences: 2 },
    { text: '', sentences: 0 },
  ])('$text → $sentences sentences', ({ text, sentences }) => {
    expect(segment(text).sentences).toHaveLength(sentences);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Gunmen killed 1,200 people in Kābul.';
    const { tokens } = segment(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'Gunmen',
      'killed',
      '1,200',
      'people',
      'in',
      'Kābul',
      '.',
    ]);
    expect(tokens[5]?.norm).toBe('kabul');
  });

  it('cuts a 100,000-character line into bounded sentences', () => {
    const text = 'word '.repeat(20_000);
    const { sentences } = segment(text);
    expect(Math.max(...sentences.map((s) => s.endToken - s.firstToken))).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
  });

  it.each([
    ['ÁRBOL', 'arbol'],
    ['don’t', "don't"],
  ])('fold(%j) → %j', (input, expected) => expect(fold(input)).toBe(expected));
});

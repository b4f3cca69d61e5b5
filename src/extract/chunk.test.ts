import { describe, expect, it } from 'vitest';
import { headOf, phraseAfter } from './chunk.js';
import { tokenize } from './stages/segment.js';

describe('headOf (chunk.postmodifier-of)', () => {
  it.each([
    ['two men suspected of helping the bomber', 'men'],
    ['a man accused of planning it', 'man'],
    ['members of the Sikh community', 'members'],
    ['four suspects', 'suspects'],
  ])('%j → %s', (text, head) => {
    const tokens = tokenize(text);
    const span = phraseAfter(tokens, 0, tokens.length);
    expect(span && headOf(tokens, span)).toBe(head);
  });
});

import { describe, expect, it } from 'vitest';
import { spanWords } from '../annotated.js';
import { tokenize } from '../stages/segment.js';
import { memberPhrase } from './member-phrase.js';

describe('memberPhrase (perp.member-phrase)', () => {
  it.each([
    { text: 'the eln guerrillas attacked the town.', org: 'eln', phrase: 'eln guerrillas' },
    { text: 'fmln urban commandos burned a bus.', org: 'fmln', phrase: 'fmln urban commandos' },
    { text: 'police arrested shining path members.', org: 'shining path', phrase: 'shining path members' },
    // the group's name alone, or with a word that names no member
    { text: 'the fmln attacked the post.', org: 'fmln', phrase: null },
    { text: 'fmln urban areas were hit.', org: 'fmln', phrase: null },
    { text: 'the eln membership grew.', org: 'eln', phrase: null },
    { text: 'eln guerrillas', org: '', phrase: null },
    // upper case and accents: the org's words are tokenised like the text
    { text: 'SHINING PATH TERRORISTS BOMBED A BANK.', org: 'Shining Path', phrase: 'shining path terrorists' },
    { text: 'Frente Patriótico members fled.', org: 'FRENTE PATRIÓTICO', phrase: 'frente patriotico members' },
  ])('$org in "$text" → $phrase', ({ text, org, phrase }) => {
    const tokens = tokenize(text);
    const span = memberPhrase(
      tokens,
      tokenize(org).map((t) => t.norm),
    );
    expect(span && spanWords(tokens, span)).toBe(phrase);
  });
});

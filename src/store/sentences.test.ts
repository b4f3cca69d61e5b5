import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const cases: { text: string; sentences: string[] }[] = [
  { text: 'One. Two.', sentences: ['One.', 'Two.'] },
  { text: 'Gen. Raheel spoke. Then 5 died!', sentences: ['Gen. Raheel spoke.', 'Then 5 died!'] },
  { text: 'He said "go." Then left.', sentences: ['He said "go."', 'Then left.'] },
  { text: 'Title line\n\nBody starts here. more text', sentences: ['Title line', 'Body starts here. more text'] },
  { text: '   ', sentences: [] },
];

describe('splitSentences', () => {
  it.each(cases)('$text', ({ text, sentences }) => {
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(sentences);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

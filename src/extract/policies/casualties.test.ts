import { describe, expect, it } from 'vitest';
import { dropClaimedFigures, inClaimantSpeech } from './casualties.js';

const tokensOf = (text: string) => text.split(' ').map((norm) => ({ norm: norm.toLowerCase() }));

describe('inClaimantSpeech (policy cas.claimed-figure)', () => {
  it.each([
    ['the bla claimed the attack and said its fighters had killed 90 soldiers', true],
    ['islamic state claimed the capture of the town , saying its men had killed 55 soldiers', true],
    ['police said iskp claimed the attack , which killed 12 people', false],
    ['iskp claimed responsibility , police said , adding that 12 were killed', false],
    ['officials said 12 people had been killed', false],
  ])('%j → %s', (text, want) => {
    const tokens = tokensOf(text);
    const at = tokens.findIndex((t) => /^\d+$/.test(t.norm));
    expect(inClaimantSpeech(tokens, at, 0)).toBe(want);
  });
});

describe('dropClaimedFigures (policy cas.claimed-figure)', () => {
  const m = (kind: 'killed' | 'injured', n: number, claimed: boolean) => ({ kind, n, claimed });
  it.each([
    ['a claimed toll yields to a told one', [m('killed', 5, false), m('killed', 90, true)], [5]],
    ['a claimed toll told alone stays', [m('killed', 90, true)], [90]],
    ['only of the same kind', [m('injured', 10, false), m('killed', 90, true)], [10, 90]],
  ])('%s', (_name, mentions, want) => {
    expect(dropClaimedFigures(mentions, (x) => x.claimed).map((x) => x.n)).toEqual(want);
  });
});

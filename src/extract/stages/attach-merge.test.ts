import { describe, expect, it } from 'vitest';
import type { EventTypeCode } from '../../domain/index.js';
import type { LearnedRole, Trigger } from '../annotated.js';
import { mergeView } from '../test-merge-view.js';
import { type Draft, mergeSharedFillers } from './drafts.js';
import { attachLearned } from './events.js';

/** A draft with one trigger per [sentence, token] pair; the rule names its strength class. */
const draft = (type: EventTypeCode, rule: string, ...at: [number, number][]): Draft => {
  const triggers: Trigger[] = at.map(([sentence, from], i) => ({
    id: `${type}${sentence}.${i}`,
    sentence,
    from,
    to: from + 1,
    type,
    form: 'noun',
    rule,
  }));
  const sentences = [...new Set(at.map(([s]) => s))];
  const view = mergeView(type.split('.')[0] ?? type, 0);
  return { type, sentences, triggers, rules: [], view };
};
const role = (r: LearnedRole['role'], mention: string, sentence: number, from: number): LearnedRole => ({
  role: r,
  mention,
  sentence,
  from,
  to: from + 1,
});

describe('attachLearned (learned.nearest-event)', () => {
  const kidnap = draft('kidnapping.abduction', 'trg.kidnap-v.0', [2, 20]);
  const attack = draft('attack.armed', 'trg.armed-v.0', [2, 40]);
  const claim = draft('statement.claim', 'trg.claim.0', [5, 100]);
  const offensive = draft('operation.offensive', 'trg.offensive.0', [4, 150]);
  it.each([
    ['the nearer trigger of the same sentence wins', role('Victim', 'mayor', 2, 22), kidnap],
    ['a later trigger of the same sentence when nearer', role('Target', 'bank', 2, 38), attack],
    ['a neighbouring sentence when its own has none', role('PerpInd', 'guerrillas', 3, 50), attack],
    ['never a statement', role('PerpOrg', 'fmln', 5, 101), attack],
    ['nothing beyond the reach', role('Victim', 'priest', 9, 200), undefined],
    // an offensive is the forces' operation: its sentence's filler goes to the attack within reach
    ['never an operation', role('Victim', 'galan', 4, 150), attack],
  ])('%s', (_, r, owner) => {
    const owned = attachLearned([kidnap, attack, claim, offensive], [r]);
    expect([...owned.entries()].find(([, rs]) => rs.includes(r))?.[0]).toBe(owner);
  });
});

describe('mergeSharedFillers (merge.shared-filler)', () => {
  it.each([
    {
      name: 'same victim, same class: one incident, the strongest trigger names it',
      drafts: [draft('attack.armed', 'trg.armed-v.0', [1, 5]), draft('attack.explosive', 'trg.bomb-n.0', [7, 60])],
      fillers: [[role('Victim', 'Jesuits', 1, 6)], [role('Victim', 'jesuits', 7, 62), role('Weapon', 'bomb', 7, 60)]],
      types: ['attack.explosive'],
      fillerCounts: [3],
    },
    {
      name: 'same victim, other class: two incidents',
      drafts: [
        draft('attack.armed', 'trg.armed-v.0', [1, 5]),
        draft('kidnapping.abduction', 'trg.kidnap-v.0', [7, 60]),
      ],
      fillers: [[role('Victim', 'mayor', 1, 6)], [role('Victim', 'mayor', 7, 62)]],
      types: ['attack.armed', 'kidnapping.abduction'],
      fillerCounts: [1, 1],
    },
    {
      name: 'only a shared perpetrator: two incidents',
      drafts: [draft('attack.armed', 'trg.armed-v.0', [1, 5]), draft('attack.armed', 'trg.armed-v.0', [7, 60])],
      fillers: [[role('PerpOrg', 'fmln', 1, 6)], [role('PerpOrg', 'fmln', 7, 62)]],
      types: ['attack.armed', 'attack.armed'],
      fillerCounts: [1, 1],
    },
  ])('$name', ({ drafts, fillers, types, fillerCounts }) => {
    const owner = new Map(drafts.map((d, i) => [d, fillers[i] ?? []]));
    const merged = mergeSharedFillers(drafts, owner);
    expect(merged.drafts.map((d) => d.type)).toEqual(types);
    expect(merged.drafts.map((d) => merged.owner.get(d)?.length)).toEqual(fillerCounts);
    expect(drafts.map((d) => d.triggers.length)).toEqual([1, 1]); // inputs untouched
  });
});

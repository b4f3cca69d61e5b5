import { describe, expect, it } from 'vitest';
import type { Trigger } from '../annotated.js';
import { segment } from './segment.js';
import { triggerCertainty } from './stances.js';

/** The certainty rule for the trigger word `trigger` (its first occurrence) in `text`. */
function ruleFor(text: string, trigger: string, blocked: number[] = []): string | null {
  const { tokens } = segment(text);
  const from = tokens.findIndex((t) => t.norm === trigger);
  const tr: Trigger = { id: 't1', sentence: 0, from, to: from + 1, type: 'attack.armed', form: 'verb', rule: 'test' };
  return triggerCertainty(tokens, tr, 0, new Set(blocked))?.rule ?? null;
}

describe('triggerCertainty: the first cue in lexicon order wins, each within its reach', () => {
  it.each([
    ['The group denied that it might attack the base', 'attack', 'cert.denied'],
    ['The group might have denied to attack the base', 'attack', 'cert.denied'],
    ['Officials feared gunmen would attack the base', 'attack', 'cert.hypothetical'],
    ['Gunmen allegedly attacked the base', 'attacked', 'cert.alleged'],
    ['Gunmen attacked allegedly the base', 'attacked', 'cert.alleged'],
    ['Allegedly , the gunmen who came from the hills attacked the base', 'attacked', null],
    ['The group claimed that gunmen attacked the base', 'attacked', 'cert.claimed'],
    ['Gunmen never attacked the base', 'attacked', 'cert.denied.negation'],
    ['Gunmen did not , as far as anyone knows , attack the base', 'attack', null],
    ['Officials denied it ; gunmen attacked the base', 'attacked', null],
    ['Gunmen attacked the base', 'attacked', null],
  ])('%s → %s', (text, trigger, rule) => {
    expect(ruleFor(text, trigger)).toBe(rule);
  });

  it('a blocked cue word does not count before the trigger', () => {
    expect(ruleFor('Officials denied gunmen attacked the base', 'attacked', [1])).toBeNull();
  });
});

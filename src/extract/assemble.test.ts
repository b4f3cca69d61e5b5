import { describe, expect, it } from 'vitest';
import { assemble, blankControls } from './assemble.js';
import { PIPELINE, STAGES } from './pipeline.js';
import { defineStage } from './stage.js';

const stage = (id: string, requires: string[], assigns: string[]) =>
  defineStage({ id, requires: requires as never, assigns: assigns as never, run: () => ({ layers: {} }) });

describe('assemble', () => {
  it.each([
    { order: [stage('a', [], ['tokens']), stage('b', ['tokens'], ['dates'])], error: null },
    { order: [stage('b', ['tokens'], ['dates'])], error: /requires tokens, which no earlier stage assigns/ },
    {
      order: [stage('a', [], ['tokens']), stage('c', [], ['tokens'])],
      error: /assigns tokens, which an earlier stage assigned/,
    },
  ])('checks the order of $order.length stages', ({ order, error }) => {
    if (error) expect(() => assemble(order)).toThrow(error);
    else expect(assemble(order).stages).toHaveLength(order.length);
  });

  it('assembles the real pipeline and rejects it reversed', () => {
    expect(PIPELINE.stages.length).toBe(STAGES.length);
    expect(() => assemble([...STAGES].reverse())).toThrow(/requires/);
  });

  it('refuses a stage that returns a layer it did not declare', () => {
    const liar = defineStage({ id: 'liar', requires: [], assigns: [], run: () => ({ layers: { dates: [] } }) });
    const meta = { title: null, author: null, published: null, publisher: null, url: null };
    expect(() => assemble([liar]).run('x', meta, {} as never)).toThrow(/does not declare/);
  });

  it.each([
    ['a\u0000b', 'a b'],
    ['tab\tand\nnewline', 'tab\tand\nnewline'],
    ['zero\u200bwidth', 'zero width'],
  ])('blankControls(%j) keeps offsets', (input, expected) => {
    expect(blankControls(input)).toBe(expected);
    expect(blankControls(input).length).toBe(input.length);
  });
});

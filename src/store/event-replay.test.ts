import { describe, expect, it } from 'vitest';
import { type LoggedDecision, membersOf, replayEventDecisions, rootOf } from './event-replay.js';

let nextId = 1;
const d = (action: string, targetId: string, extra: Partial<LoggedDecision> = {}): LoggedDecision => ({
  id: nextId++,
  at: '2024-01-01T00:00:00Z',
  user: 'ana',
  action,
  targetId,
  otherId: null,
  payload: {},
  ...extra,
});

describe('replayEventDecisions', () => {
  it('applies edits in order and marks the event edited', () => {
    const states = replayEventDecisions([
      d('edit', 'a', { payload: { after: { certainty: 'claimed' } } }),
      d('edit', 'a', { payload: { after: { weapons: ['rifle'] } } }),
    ]);
    expect(states.get('a')).toEqual({
      patch: { certainty: 'claimed', weapons: ['rifle'] },
      status: 'edited',
      mergedInto: null,
    });
  });

  it('skips undone decisions', () => {
    const edit = d('edit', 'a', { payload: { after: { weapons: ['rifle'] } } });
    const states = replayEventDecisions([edit, d('undo', 'a', { payload: { decisionId: edit.id } })]);
    expect(states.get('a')?.patch).toEqual({});
    expect(states.get('a')?.status).toBe('proposed');
  });

  it('follows merges transitively and splits them apart', () => {
    const log = [d('merge', 'b', { otherId: 'c' }), d('merge', 'a', { otherId: 'b' })];
    let states = replayEventDecisions(log);
    expect(rootOf('c', states)).toBe('a');
    expect(membersOf('a', states).sort()).toEqual(['a', 'b', 'c']);
    states = replayEventDecisions([...log, d('split', 'a', { payload: { moveOut: ['b'] } })]);
    expect(rootOf('c', states)).toBe('b');
    expect(membersOf('a', states)).toEqual(['a']);
  });

  it('keeps the last explicit status', () => {
    const states = replayEventDecisions([
      d('status', 'a', { payload: { after: { status: 'confirmed' } } }),
      d('edit', 'a', { payload: { after: { type: 'attack.armed' } } }),
    ]);
    expect(states.get('a')?.status).toBe('confirmed');
  });
});

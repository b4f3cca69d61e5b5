/**
 * Replaying the analyst decision log: the pure half of "shown event = machine claims + decisions".
 * Decisions undone by a later `undo` are skipped; the rest apply in log order.
 */
import type { EventPatch } from '../domain/index.js';

export type ShownStatus = 'proposed' | 'confirmed' | 'edited' | 'rejected';

/** One row of the decisions log with its payload parsed. */
export interface LoggedDecision {
  id: number;
  at: string;
  user: string;
  action: string;
  targetId: string;
  otherId: string | null;
  payload: { before?: unknown; after?: unknown; moveOut?: string[]; decisionId?: number };
}

export interface EventState {
  patch: EventPatch;
  status: ShownStatus;
  mergedInto: string | null;
}

const fresh = (): EventState => ({ patch: {}, status: 'proposed', mergedInto: null });

/** `replayEventDecisions(log).get('ev_1')?.status` → 'confirmed' */
export function replayEventDecisions(log: readonly LoggedDecision[]): Map<string, EventState> {
  const undone = new Set(log.filter((d) => d.action === 'undo').map((d) => d.payload.decisionId));
  const states = new Map<string, EventState>();
  const state = (id: string): EventState => {
    const known = states.get(id);
    if (known) return known;
    const created = fresh();
    states.set(id, created);
    return created;
  };
  for (const d of log) {
    if (undone.has(d.id)) continue;
    const target = state(d.targetId);
    switch (d.action) {
      case 'edit':
        target.patch = { ...target.patch, ...(d.payload.after as EventPatch) };
        if (target.status === 'proposed') target.status = 'edited';
        break;
      case 'status':
        target.status = (d.payload.after as { status: ShownStatus }).status;
        break;
      case 'merge':
        if (d.otherId) state(d.otherId).mergedInto = d.targetId;
        break;
      case 'split': {
        // The moved-out claims become one event again: the first is its root, the rest join it.
        const [first, ...rest] = d.payload.moveOut ?? [];
        if (first) state(first).mergedInto = null;
        for (const id of rest) state(id).mergedInto = first ?? null;
        break;
      }
    }
  }
  return states;
}

/** Follows merges to the event that is shown: `rootOf('ev_b', states)` → 'ev_a' after merge(a, b). */
export function rootOf(id: string, states: ReadonlyMap<string, EventState>): string {
  const seen = new Set<string>();
  let current = id;
  for (;;) {
    const next = states.get(current)?.mergedInto;
    if (!next || seen.has(next)) return current;
    seen.add(current);
    current = next;
  }
}

/** Every event whose shown root is `root`, the root included. */
export function membersOf(root: string, states: ReadonlyMap<string, EventState>): string[] {
  const members = [root];
  for (const id of states.keys()) if (id !== root && rootOf(id, states) === root) members.push(id);
  return members;
}

import { describe, expect, it } from 'vitest';
import type { MachineClaim } from './event-compose.js';
import { claimLabel, composeEvent } from './event-compose.js';
import type { EventState } from './event-replay.js';
import { actor, killed } from './testing/fixtures.js';

const claim = (over: Partial<MachineClaim>): MachineClaim => ({
  eventId: 'ev_a',
  documentId: 'doc_a',
  type: 'attack.explosive',
  date: null,
  place: null,
  actors: [],
  weapons: [],
  casualties: killed(null),
  certainty: 'reported',
  source: null,
  via: null,
  confidence: 0.5,
  rules: [],
  publisher: null,
  documentTitle: null,
  ...over,
});
const state = (over: Partial<EventState> = {}): EventState => ({
  patch: {},
  status: 'proposed',
  mergedInto: null,
  ...over,
});

describe('composeEvent', () => {
  const own = claim({
    source: 'TASS',
    casualties: killed(5),
    actors: [actor('gunmen')],
    weapons: ['IED'],
    rules: ['r1'],
  });
  const other = claim({
    eventId: 'ev_b',
    documentId: 'doc_b',
    publisher: 'Pajhwok',
    casualties: killed(7),
    actors: [actor('Gunmen'), actor('police', 'target')],
    weapons: ['ied'],
    confidence: 0.9,
    rules: ['r2'],
  });

  it('unions actors, weapons, documents and rules of all claims', () => {
    const e = composeEvent(own, [own, other], state(), null);
    expect(e.actors.map((a) => a.name)).toEqual(['gunmen', 'police']);
    expect(e.weapons).toEqual(['IED']);
    expect(e.documentIds).toEqual(['doc_a', 'doc_b']);
    expect(e.rules).toEqual(['r1', 'r2']);
    expect(e.confidence).toBe(0.9);
    expect(e.figures.note).toBe('killed: 5 (TASS) vs 7 (Pajhwok); lowest shown');
  });

  it('lets the analyst patch win and names it in the figures', () => {
    const e = composeEvent(own, [own, other], state({ patch: { casualties: killed(6), sourceGrade: 'B' } }), 'F');
    expect(e.casualties.killed).toEqual({ min: 6, max: 6 });
    expect(e.figures.rule).toBe('analyst');
    expect(e.sourceGrade).toBe('B');
  });

  it('shows a merged event as merged', () => {
    expect(composeEvent(own, [own], state({ mergedInto: 'ev_x', status: 'confirmed' }), null).status).toBe('merged');
  });

  it.each([
    [{ source: 'TASS', via: 'AFP' }, 'TASS'],
    [{ via: 'AFP', publisher: 'Dawn' }, 'AFP'],
    [{ publisher: 'Dawn' }, 'Dawn'],
    [{ documentTitle: 'Blast' }, 'Blast'],
    [{}, 'doc_a'],
  ])('labels a claim %o as %s', (over, label) => expect(claimLabel(claim(over))).toBe(label));
});

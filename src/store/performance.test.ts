import { expect, it } from 'vitest';
import type { ExtractedEvent } from '../domain/index.js';
import { listEvents, saveDocument } from './index.js';
import { killed, makeDoc, makeExtraction, place } from './testing/fixtures.js';
import { describeStores } from './testing/stores.js';

const DOCS = 100;
const EVENTS_PER_DOC = 100;
const TYPES = ['attack.armed', 'attack.explosive', 'arrest.arrest', 'airstrike.drone'] as const;
const PLACES = [place('Kabul', 'AF'), place('Peshawar', 'PK'), place('Mosul', 'IQ'), place('Gao', 'ML')];

/** A document of 100 one-sentence reports and the events behind them. */
function bulkDocument(d: number) {
  const sentences = Array.from(
    { length: EVENTS_PER_DOC },
    (_, i) => `Report ${d}-${i}: incident number ${i} in batch ${d}.`,
  );
  const doc = makeDoc(sentences.join(' '));
  let offset = 0;
  const events: ExtractedEvent[] = sentences.map((text, i) => {
    const start = offset;
    offset += text.length + 1;
    const day = String(1 + ((d + i) % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    return {
      id: `e${i}`,
      type: TYPES[i % TYPES.length] as ExtractedEvent['type'],
      date: { start: `2023-${month}-${day}`, end: `2023-${month}-${day}`, precision: 'day', text: '' },
      place: PLACES[(d + i) % PLACES.length] ?? null,
      actors: [],
      weapons: [],
      casualties: killed(i % 9),
      certainty: 'reported',
      attribution: { source: null, via: null },
      evidence: [{ text, start, end: start + text.length }],
      confidence: 0.7,
      rules: [],
    };
  });
  return { doc, extraction: makeExtraction(doc, events) };
}

const time = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const out = await work();
  return [out, performance.now() - t0];
};

describeStores('10,000 events', (open) => {
  it('saves them and pages through filters quickly', { timeout: 120_000 }, async () => {
    const { db, dialect } = await open();
    const [, saveMs] = await time(async () => {
      for (let d = 0; d < DOCS; d++) {
        const { doc, extraction } = bulkDocument(d);
        await saveDocument(db, doc, extraction);
      }
    });
    const queries = [
      { limit: 50, offset: 0 },
      { type: 'attack', country: 'PK', limit: 50, offset: 0 },
      { from: '2023-06-01', to: '2023-06-30', sort: '-killed' as const, limit: 50, offset: 100 },
      { q: 'incident', limit: 50, offset: 0 },
    ];
    const timings: number[] = [];
    for (const q of queries) {
      const [page, ms] = await time(() => listEvents(db, q));
      timings.push(Math.round(ms));
      expect(page.items.length).toBeGreaterThan(0);
    }
    const all = await listEvents(db, { limit: 1, offset: 0 });
    expect(all.total).toBe(DOCS * EVENTS_PER_DOC);
    expect((await listEvents(db, { type: 'attack', country: 'PK', limit: 1, offset: 0 })).total).toBe(1250);
    console.info(
      `[store perf ${dialect}] save ${DOCS}×${EVENTS_PER_DOC} events: ${Math.round(saveMs)} ms; listEvents: ${timings.join(', ')} ms`,
    );
    for (const ms of timings.slice(0, 3)) expect(ms).toBeLessThan(1000);
  });
});

/** A bulk data set for scale tests and the store benchmark: 100 documents of 100 one-sentence events. */
import type { ExtractedEvent } from '../../domain/index.js';
import { killed, makeDoc, makeExtraction, place } from './fixtures.js';

export const DOCS = 100;
export const EVENTS_PER_DOC = 100;
const TYPES = ['attack.armed', 'attack.explosive', 'arrest.arrest', 'airstrike.drone'] as const;
const PLACES = [place('Kabul', 'AF'), place('Peshawar', 'PK'), place('Mosul', 'IQ'), place('Gao', 'ML')];

/** A document of 100 one-sentence reports and the events behind them. */
export function bulkDocument(d: number) {
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

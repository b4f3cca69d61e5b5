/** Small documents and extractions written in code for the store suites. */
import { createHash } from 'node:crypto';
import type {
  Casualties,
  EventActor,
  EventPlace,
  ExtractedEntity,
  ExtractedEvent,
  ExtractionResult,
  IngestedDocument,
} from '../../domain/index.js';

export const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

export function makeDoc(text: string, meta: Partial<IngestedDocument['meta']> = {}, origin?: string): IngestedDocument {
  return {
    meta: { title: null, author: null, published: null, publisher: null, url: null, ...meta },
    text,
    origin: origin ?? `test://${sha(text).slice(0, 8)}`,
    format: 'txt',
    contentHash: sha(text),
  };
}

export const killed = (min: number | null, max: number | null = min): Casualties => ({
  killed: min === null ? null : { min, max },
  injured: null,
  arrested: null,
  kidnapped: null,
});

export const place = (name: string, country = 'AF', admin1: string | null = null): EventPlace => ({
  name,
  admin2: null,
  admin1,
  country,
  lat: null,
  lon: null,
  precision: 'point',
  text: name,
});

export const actor = (
  name: string,
  role: EventActor['role'] = 'perpetrator',
  entity: string | null = null,
): EventActor => ({
  role,
  entity,
  name,
  mention: name,
  kind: entity ? 'organization' : 'group',
});

/** An event whose evidence is the sentence of `doc` containing `phrase`. */
export function makeEvent(doc: IngestedDocument, phrase: string, over: Partial<ExtractedEvent> = {}): ExtractedEvent {
  const start = doc.text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture: "${phrase}" not in text`);
  return {
    id: `x${start}`,
    type: 'attack.armed',
    date: { start: '2024-03-01', end: '2024-03-01', precision: 'day', text: 'on Friday' },
    place: place('Kabul', 'AF', 'Kabul'),
    actors: [],
    weapons: [],
    casualties: killed(null),
    certainty: 'reported',
    attribution: { source: null, via: null },
    evidence: [{ text: phrase, start, end: start + phrase.length }],
    confidence: 0.8,
    rules: ['test.rule'],
    ...over,
  };
}

export const org = (
  id: string,
  name: string,
  aliases: string[] = [],
  country: string | null = null,
): ExtractedEntity => ({
  id,
  type: 'organization',
  name,
  aliases,
  country,
});

export function makeExtraction(
  doc: IngestedDocument,
  events: ExtractedEvent[],
  entities: ExtractedEntity[] = [],
): ExtractionResult {
  return { document: { ...doc.meta, text: doc.text }, events, entities, warnings: [] };
}

/**
 * Synthetic events for load tests: N documents of made-up but well-formed reports, saved with the
 * store's own `saveDocument`, so the views are measured on data shaped like the real thing
 * (point places with coordinates, province-only places, month-precision dates, shared actors).
 */
import { createHash } from 'node:crypto';
import { EVENT_TYPE_CODES } from '../../src/domain/event-types.js';
import type { ExtractedEvent, ExtractionResult, IngestedDocument } from '../../src/domain/index.js';
import { type Store, saveDocument } from '../../src/store/index.js';

const PLACES = [
  { name: 'Kabul', admin1: 'Kabul', country: 'AF', lat: 34.53, lon: 69.17 },
  { name: 'Jalalabad', admin1: 'Nangarhar', country: 'AF', lat: 34.43, lon: 70.45 },
  { name: 'Kandahar', admin1: 'Kandahar', country: 'AF', lat: 31.61, lon: 65.71 },
  { name: 'Kunduz', admin1: 'Kunduz', country: 'AF', lat: 36.73, lon: 68.86 },
  { name: 'Herat', admin1: 'Herat', country: 'AF', lat: 34.35, lon: 62.2 },
  { name: 'Peshawar', admin1: 'Khyber Pakhtunkhwa', country: 'PK', lat: 34.01, lon: 71.58 },
  { name: 'Quetta', admin1: 'Balochistan', country: 'PK', lat: 30.18, lon: 66.99 },
  { name: 'Karachi', admin1: 'Sindh', country: 'PK', lat: 24.86, lon: 67.01 },
  { name: 'Bannu', admin1: 'Khyber Pakhtunkhwa', country: 'PK', lat: 32.99, lon: 70.6 },
  { name: 'Lahore', admin1: 'Punjab', country: 'PK', lat: 31.55, lon: 74.34 },
];
const PROVINCES = [
  { admin1: 'Helmand', country: 'AF' },
  { admin1: 'Nangarhar', country: 'AF' },
  { admin1: 'Balochistan', country: 'PK' },
  { admin1: 'Khyber Pakhtunkhwa', country: 'PK' },
];
const GROUPS = [
  'Harakat al-Sahil',
  'Jabhat Qarakoram',
  'Tanzim Lashkar Surkh',
  'Kata’ib al-Shamal',
  'Front of the Eastern Passes',
  'Afghan National Police',
  'Pakistan Army',
  'Frontier Corps',
];

/** A small deterministic random source, so every run seeds the same data. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function makeDocument(i: number, perDoc: number, rand: () => number): { doc: IngestedDocument; x: ExtractionResult } {
  const sentences: string[] = [];
  const events: ExtractedEvent[] = [];
  const entities = GROUPS.map((name, g) => ({
    id: `syn-g${g}`,
    type: 'organization' as const,
    name,
    aliases: [],
    country: g % 2 ? 'PK' : 'AF',
  }));
  let offset = 0;
  for (let k = 0; k < perDoc; k++) {
    const type = EVENT_TYPE_CODES[Math.floor(rand() * EVENT_TYPE_CODES.length)]!;
    const year = 2019 + Math.floor(rand() * 6);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const ym = `${year}-${String(month).padStart(2, '0')}`;
    const monthOnly = rand() < 0.15;
    const provinceOnly = rand() < 0.2;
    const p = PLACES[Math.floor(rand() * PLACES.length)]!;
    const prov = PROVINCES[Math.floor(rand() * PROVINCES.length)]!;
    const a = Math.floor(rand() * GROUPS.length);
    const b = (a + 1 + Math.floor(rand() * (GROUPS.length - 1))) % GROUPS.length;
    const killed = Math.floor(rand() * 12);
    const where = provinceOnly ? `${prov.admin1} province` : p.name;
    const when = monthOnly ? `in ${ym}` : `on ${ym}-${String(day).padStart(2, '0')}`;
    const sentence = `${GROUPS[a]} attacked ${GROUPS[b]} in ${where} ${when}, killing ${killed} people. `;
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    events.push({
      id: `syn-${i}-${k}`,
      type,
      date: monthOnly
        ? { start: `${ym}-01`, end: `${ym}-${lastDay}`, precision: 'month', text: ym }
        : {
            start: `${ym}-${String(day).padStart(2, '0')}`,
            end: `${ym}-${String(day).padStart(2, '0')}`,
            precision: 'day',
            text: when,
          },
      place: provinceOnly
        ? {
            name: prov.admin1,
            admin2: null,
            admin1: prov.admin1,
            country: prov.country,
            lat: null,
            lon: null,
            precision: 'admin1',
            text: where,
          }
        : {
            ...p,
            admin2: null,
            lat: p.lat + (rand() - 0.5) * 0.2,
            lon: p.lon + (rand() - 0.5) * 0.2,
            precision: 'point',
            text: p.name,
          },
      actors: [
        { role: 'perpetrator', entity: `syn-g${a}`, name: GROUPS[a]!, mention: GROUPS[a]!, kind: 'organization' },
        { role: 'target', entity: `syn-g${b}`, name: GROUPS[b]!, mention: GROUPS[b]!, kind: 'organization' },
      ],
      weapons: [],
      casualties: { killed: { min: killed, max: killed }, injured: null, arrested: null, kidnapped: null },
      certainty: rand() < 0.7 ? 'reported' : 'claimed',
      attribution: { source: rand() < 0.5 ? 'officials' : null, via: null },
      evidence: [{ text: sentence.trim(), start: offset, end: offset + sentence.trim().length }],
      confidence: Math.round(rand() * 100) / 100,
      rules: ['synthetic'],
    });
    sentences.push(sentence);
    offset += sentence.length;
  }
  const text = sentences.join('');
  const meta = {
    title: `Synthetic report ${i}`,
    author: null,
    published: null,
    publisher: 'Synthetic Wire',
    url: null,
  };
  const contentHash = createHash('sha256')
    .update(text + i)
    .digest('hex');
  return {
    doc: { meta, text, origin: `synthetic:${i}`, format: 'txt', contentHash },
    x: { document: { ...meta, text }, events, entities, warnings: [] },
  };
}

/**
 * Seeds `events` synthetic events (`perDoc` per document) in one transaction.
 * @example await seedSyntheticEvents(store, 10_000) // ~2,000 documents of 5 events
 */
export async function seedSyntheticEvents(store: Store, events: number, perDoc = 5): Promise<void> {
  const rand = rng(42);
  await store.db.transaction().execute(async (trx) => {
    for (let i = 0; i * perDoc < events; i++) {
      const { doc, x } = makeDocument(i, Math.min(perDoc, events - i * perDoc), rand);
      await saveDocument(trx, doc, x);
    }
  });
}

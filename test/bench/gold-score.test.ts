import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../bench/lib/gold-fields.mjs';
import {
  addCounts,
  alignEvents,
  canonicalName,
  goldAsPrediction,
  metrics,
  scoreDocument,
} from '../../bench/lib/gold-score.mjs';
import { ACTOR_KINDS, CERTAINTY, codes, EVENT_TYPE_CODES, ROLES } from '../../src/domain/index.js';

const dataDir = join(import.meta.dirname, '..', '..', 'data');
/** The gold files of one set folder: `gold` (tuning set) or `gold-heldout` (held-out set). */
const readGoldSet = (folder: string) =>
  readdirSync(join(dataDir, folder))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: `${folder}/${f}`, ...JSON.parse(readFileSync(join(dataDir, folder, f), 'utf8')) }));
const goldDocs = readGoldSet('gold');
const heldoutDocs = readGoldSet('gold-heldout');

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const decode = (s: string) =>
  s
    .replace(/&middot;/g, '·')
    .replace(/&mdash;/g, '—')
    .replace(/&amp;/g, '&');
async function documentText(file: string): Promise<string> {
  const path = join(dataDir, file);
  if (file.endsWith('.pdf')) {
    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(path)));
    return squash((await extractText(pdf, { mergePages: true })).text);
  }
  const raw = readFileSync(path, 'utf8');
  return squash(file.endsWith('.html') ? decode(raw.replace(/<[^>]+>/g, ' ')) : raw);
}

// A two-event gold document and a prediction that gets some fields wrong, for exact counts.
const goldEvent = (over: Record<string, unknown>) => ({
  type: 'attack.suicide',
  date: { start: '2021-10-15', end: '2021-10-15', precision: 'day', text: 'on Friday' },
  place: { name: 'Kandahar', admin2: null, admin1: 'Kandahar', country: 'AF', precision: 'point', text: 'Kandahar' },
  actors: [{ role: 'claimant', name: 'Islamic State Khorasan Province', mention: 'ISKP', kind: 'organization' }],
  weapons: [],
  casualties: { killed: { min: 35, max: null }, injured: null, arrested: null, kidnapped: null },
  certainty: 'reported',
  attribution: { source: 'Mirwais hospital', via: null },
  evidence_text:
    'Suicide bombers attacked the largest Shia mosque in Kandahar during Friday prayers, killing at least 35 people.',
  ...over,
});
const gold = [
  goldEvent({}),
  goldEvent({
    date: { start: '2021-10-08', end: '2021-10-08', precision: 'day', text: 'Last Friday' },
    evidence_text: 'Last Friday, a suicide bomber killed dozens of people at a Shia mosque in Kunduz.',
  }),
];

describe('gold scorer', () => {
  it.each([
    ['gold', goldDocs],
    ['gold-heldout', heldoutDocs],
  ])('scores every %s file against itself at 1.0 on every measured field', (_set, docs) => {
    let total = {};
    for (const doc of docs) total = addCounts(total, scoreDocument(doc.events, goldAsPrediction(doc.events), FIELDS));
    const m = metrics(total);
    expect(m.micro.f1).toBe(1);
    // A field no gold event fills (kidnappings in the tuning set) has nothing to measure: f1 null.
    for (const [id, f] of Object.entries(m.fields))
      expect([id, f.f1]).toEqual([id, f.tp + f.fp + f.fn === 0 ? null : 1]);
  });

  it('has a held-out set of at least 14 documents, each pointing into its own texts folder', () => {
    expect(heldoutDocs.length).toBeGreaterThanOrEqual(14);
    for (const doc of heldoutDocs) expect(doc.file).toMatch(/^gold-heldout\/texts\/[^/]+\.(txt|md)$/);
  });

  it('counts a wrong date, a wrong toll, an ISKP alias and a missed event exactly', () => {
    const [first] = goldAsPrediction(gold);
    const predicted = [
      {
        ...first,
        date: { ...first.date, start: '2021-10-16', end: '2021-10-16' },
        casualties: { ...first.casualties, killed: { min: 41, max: null } },
        actors: [{ role: 'claimant', name: 'IS-K', mention: 'IS-K', kind: 'organization', entity: null }],
      },
    ];
    const { fields, micro } = metrics(scoreDocument(gold, predicted, FIELDS));
    expect(fields.detection).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(fields.date).toMatchObject({ tp: 0, fp: 1, fn: 2 });
    expect(fields['numbers.killed']).toMatchObject({ tp: 0, fp: 1, fn: 2 });
    expect(fields.actors).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(fields.certainty?.precision).toBe(1);
    expect(micro.f1).toBeGreaterThan(0.4);
    expect(micro.f1).toBeLessThan(0.8);
  });

  it.each([
    ['class differs', { type: 'arrest.arrest' }, 0],
    ['same class, date and evidence', {}, 1],
    [
      'same class, other date, unrelated evidence',
      { date: null, evidence: [{ text: 'Rockets hit Termez.', start: 0, end: 1 }] },
      0,
    ],
  ])('aligns only plausible pairs: %s', (_label, over, expected) => {
    const [first] = goldAsPrediction([gold[0]]);
    expect(alignEvents([gold[0]], [{ ...first, ...over }]).pairs).toHaveLength(expected);
  });

  it.each([
    ['Islamic State-Khorasan (IS-K)', 'iskp'],
    ['Pakistani Taliban', 'ttp'],
    ['Abdullah Orakzai', 'aslam farooqi'],
    ['Gunmen', 'gunmen'],
  ])('canonicalName(%s) → %s', (name, key) => expect(canonicalName(name)).toBe(key));
});

describe('gold files', () => {
  const roles = codes(ROLES) as string[];
  const kinds = codes(ACTOR_KINDS) as string[];
  const certainties = codes(CERTAINTY) as string[];
  it.each([...goldDocs, ...heldoutDocs].map((d) => [d.name, d]))(
    '%s uses the contract vocabularies and quotes its document',
    async (_n, doc) => {
      const text = await documentText(doc.file);
      for (const e of doc.events) {
        expect(EVENT_TYPE_CODES).toContain(e.type);
        expect(certainties).toContain(e.certainty);
        for (const a of e.actors) {
          expect(roles).toContain(a.role);
          expect(kinds).toContain(a.kind);
        }
        if (e.date) expect(e.date.start <= e.date.end).toBe(true);
        expect(text).toContain(squash(e.evidence_text));
      }
    },
  );
});

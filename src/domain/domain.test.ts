import { describe, expect, it } from 'vitest';
import {
  CERTAINTY,
  EVENT_CLASSES,
  EVENT_TYPES,
  ExtractedEvent,
  ExtractionResult,
  eventClass,
  eventType,
  labelOf,
  ROLES,
} from './index.js';

describe('event types', () => {
  it('has unique class.subclass codes', () => {
    const codes = EVENT_TYPES.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[a-z]+\.[a-z_]+$/);
  });

  it('covers the classes the contract names', () => {
    expect(EVENT_CLASSES).toEqual(
      expect.arrayContaining([
        'attack',
        'kidnapping',
        'arson',
        'robbery',
        'clash',
        'operation',
        'arrest',
        'airstrike',
        'statement',
      ]),
    );
  });

  it.each([
    ['attack.suicide', 'Explosions/Remote violence', 'Suicide bomb', 'Bombing/Explosion'],
    ['arrest.arrest', 'Strategic developments', 'Arrests', null],
    [
      'kidnapping.abduction',
      'Violence against civilians',
      'Abduction/forced disappearance',
      'Hostage Taking (Kidnapping)',
    ],
  ])('maps %s to ACLED and GTD', (code, acledType, acledSub, gtd) => {
    const t = eventType(code);
    expect(t?.acled).toEqual({ eventType: acledType, subEventType: acledSub });
    expect(t?.gtd).toBe(gtd);
  });

  it('splits a code into its class', () => expect(eventClass('statement.aggregate')).toBe('statement'));
});

describe('vocabularies', () => {
  it('labels codes and falls back to the code', () => {
    expect(labelOf(CERTAINTY, 'claimed')).toBe('Claimed');
    expect(labelOf(ROLES, 'nonsense')).toBe('nonsense');
  });
});

const event = {
  id: 'e1',
  type: 'attack.explosive',
  date: { start: '2021-10-14', end: '2021-10-14', precision: 'day', text: 'on 14 October 2021' },
  place: {
    name: 'Asadabad',
    admin2: null,
    admin1: 'Kunar',
    country: 'AF',
    lat: 34.87,
    lon: 71.15,
    precision: 'point',
    text: 'Asadabad, Kunar province',
  },
  actors: [
    {
      role: 'victim',
      entity: null,
      name: 'district police chief',
      mention: 'a Taliban district police chief',
      kind: 'group',
    },
  ],
  weapons: ['IED'],
  casualties: { killed: { min: 1, max: 1 }, injured: null, arrested: null, kidnapped: null },
  certainty: 'reported',
  attribution: { source: 'Radio Free Europe/Gandhara', via: null },
  evidence: [{ text: 'An IED killed a Taliban district police chief.', start: 0, end: 46 }],
  confidence: 0.8,
};

describe('extraction contract', () => {
  it('accepts a well-formed event and defaults its rules', () => {
    expect(ExtractedEvent.parse(event).rules).toEqual([]);
  });

  it.each([
    ['an unknown type', { type: 'attack.laser' }, 'type'],
    ['a date that is not an ISO day', { date: { ...event.date, start: '14/10/2021' } }, 'date.start'],
    ['a three-letter country', { place: { ...event.place, country: 'AFG' } }, 'place.country'],
    ['an event without evidence', { evidence: [] }, 'evidence'],
    ['a confidence above 1', { confidence: 1.5 }, 'confidence'],
  ])('rejects %s, naming the field', (_what, patch, path) => {
    const r = ExtractedEvent.safeParse({ ...event, ...patch });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('parses a whole result', () => {
    const doc = { title: null, author: null, published: null, publisher: null, url: null, text: 'x' };
    expect(ExtractionResult.parse({ document: doc, events: [event], entities: [] }).warnings).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../../src/domain/index.js';
import { csvCell, eventsToCsv } from './export.js';

const event: StoredEvent = {
  id: 'ev_1',
  type: 'attack.suicide',
  date: { start: '2024-03-02', end: '2024-03-02', precision: 'day', text: 'Saturday' },
  place: {
    name: 'Kabul',
    admin2: null,
    admin1: 'Kabul',
    country: 'AF',
    lat: 34.5,
    lon: 69.2,
    precision: 'point',
    text: 'Kabul',
  },
  actors: [
    { role: 'perpetrator', entity: 'e1', name: 'Group "A", the first', mention: 'A', kind: 'organization' },
    { role: 'victim', entity: null, name: 'civilians', mention: 'civilians', kind: 'group' },
  ],
  weapons: [],
  casualties: { killed: { min: 6, max: null }, injured: { min: 3, max: 5 }, arrested: null, kidnapped: null },
  certainty: 'reported',
  attribution: { source: 'police', via: null },
  confidence: 0.8,
  status: 'proposed',
  documentIds: ['d1', 'd2'],
  createdAt: '2024-03-03T00:00:00Z',
  updatedAt: '2024-03-03T00:00:00Z',
};

describe('CSV export', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    [3, '3'],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ])('quotes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes a header and one row per event, with ranges and quoted names', () => {
    const [header, row, end] = eventsToCsv([event]).split('\r\n');
    expect(header?.startsWith('id,type,date_start,date_end')).toBe(true);
    const cols = header!.split(',');
    expect(row).toContain('"Group ""A"", the first"');
    expect(row).toContain(',6+,3–5,');
    expect(row).toContain('d1 d2');
    expect(cols).toContain('killed');
    expect(end).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../../../src/domain/index.js';
import { type Draft, toDraft, toPatch } from './edit-draft.js';

const event: StoredEvent = {
  id: 'ev_1',
  type: 'attack.armed',
  date: { start: '2024-03-02', end: '2024-03-02', precision: 'day', text: 'on Saturday' },
  place: {
    name: 'Bagram',
    admin2: 'Bagram',
    admin1: 'Parwan',
    country: 'AF',
    lat: 34.9,
    lon: 69.3,
    precision: 'point',
    text: 'Bagram',
  },
  actors: [{ role: 'perpetrator', entity: 'e1', name: 'Gunmen', mention: 'gunmen', kind: 'group' }],
  weapons: [],
  casualties: { killed: { min: 6, max: null }, injured: null, arrested: null, kidnapped: null },
  certainty: 'reported',
  attribution: { source: 'police', via: null },
  confidence: 0.7,
  status: 'proposed',
  documentIds: ['d1'],
  createdAt: '',
  updatedAt: '',
};

const patchOf = (change: Partial<Draft>) => toPatch({ ...toDraft(event), ...change });

describe('edit draft → patch', () => {
  it('gives back the event unchanged when nothing was edited', () => {
    const result = patchOf({});
    expect('patch' in result && result.patch).toMatchObject({
      type: 'attack.armed',
      date: event.date,
      place: event.place,
      casualties: event.casualties,
      actors: event.actors,
      attribution: event.attribution,
      sourceGrade: null,
    });
  });

  it.each([
    [{ dateStart: '2024-05-02', dateEnd: '2024-05-01' }, 'ends before'],
    [{ lat: '95' }, 'Latitude'],
    [{ country: 'AFG' }, 'two-letter'],
    [{ killedMin: '2.5' }, 'whole numbers'],
    [{ killedMin: '5', killedMax: '3' }, 'below the minimum'],
  ])('rejects %j', (change, message) => {
    const result = patchOf(change);
    expect('error' in result && result.error).toContain(message);
  });

  it.each([
    [
      'a corrected day, end defaulting to start',
      { dateStart: '2024-03-04', dateEnd: '' },
      { date: { start: '2024-03-04', end: '2024-03-04' } },
    ],
    [
      'a province-only place loses its coordinates',
      { placeName: 'Parwan', placePrecision: 'admin1' },
      { place: { name: 'Parwan', lat: null, lon: null } },
    ],
    ['no place at all', { placeName: '' }, { place: null }],
    ['a range of killed', { killedMin: '4', killedMax: '7' }, { casualties: { killed: { min: 4, max: 7 } } }],
    ['a source grade', { sourceGrade: 'B' }, { sourceGrade: 'B' }],
    ['a lower-case country', { country: 'pk' }, { place: { country: 'PK' } }],
  ])('%s', (_name, change, expected) => {
    const result = patchOf(change);
    expect('patch' in result && result.patch).toMatchObject(expected);
  });

  it('drops actors whose name was cleared', () => {
    const draft = toDraft(event);
    draft.actors = [...draft.actors, { role: 'victim', entity: null, name: '  ', mention: '', kind: 'group' }];
    const result = toPatch(draft);
    expect('patch' in result && result.patch.actors).toHaveLength(1);
  });
});

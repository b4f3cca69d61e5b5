import { describe, expect, it } from 'vitest';
import type { CompactEvent } from '../../../../src/server/features/analysis/schema.js';
import { clusterPoints } from './cluster.js';
import { normaliseAdmin1, splitPlaces } from './split-places.js';

const at = (id: string, place: Partial<NonNullable<CompactEvent['place']>> | null): CompactEvent => ({
  id,
  type: 'attack.armed',
  date: null,
  place: place && {
    name: 'x',
    admin2: null,
    admin1: null,
    country: 'AF',
    lat: null,
    lon: null,
    precision: 'point',
    text: 'x',
    ...place,
  },
  actors: [],
  killed: null,
  status: 'proposed',
});

describe('splitPlaces: how each event can be drawn', () => {
  it.each([
    ['a point with coordinates', at('a', { lat: 34.5, lon: 69.2 }), 'point'],
    ['a province-only place', at('b', { precision: 'admin1', admin1: 'Helmand' }), 'area'],
    [
      'a province place that has centre coordinates is still an area, never a pin',
      at('c', { precision: 'admin1', admin1: 'Helmand', lat: 31, lon: 64 }),
      'area',
    ],
    ['a point without coordinates', at('d', {}), 'unmapped'],
    ['a country only', at('e', { precision: 'country' }), 'unmapped'],
    ['no place', at('f', null), 'unmapped'],
  ])('%s', (_name, event, expected) => {
    const out = splitPlaces([event]);
    const got = out.points.length ? 'point' : out.areas.length ? 'area' : 'unmapped';
    expect(got).toBe(expected);
  });

  it('groups province events by province whatever the spelling', () => {
    const out = splitPlaces([
      at('a', { precision: 'admin1', admin1: 'Khyber Pakhtunkhwa' }),
      at('b', { precision: 'admin1', admin1: 'Khyber-Pakhtunkhwa Province' }),
    ]);
    expect(out.areas).toHaveLength(1);
    expect(out.areas[0]?.events).toHaveLength(2);
  });

  it.each([
    ['Khyber-Pakhtunkhwa Province', 'khyber pakhtunkhwa'],
    ['Helmand', 'helmand'],
    ['Nangarhār', 'nangarhar'],
  ])('normalises %s', (name, expected) => expect(normaliseAdmin1(name)).toBe(expected));
});

describe('clusterPoints', () => {
  const project = (lat: number, lon: number) => ({ x: lon * 10, y: -lat * 10 });
  it('joins points in one cell and keeps far ones apart', () => {
    const points = [
      { id: 'a', lat: 1, lon: 1 },
      { id: 'b', lat: 1.5, lon: 1.5 },
      { id: 'c', lat: 40, lon: 40 },
    ];
    const clusters = clusterPoints(points, project, 60);
    expect(clusters.map((c) => c.members.length).sort()).toEqual([1, 2]);
    const pair = clusters.find((c) => c.members.length === 2)!;
    expect(pair.lat).toBeCloseTo(1.25);
  });

  it('clusters 10,000 points, losing none', () => {
    const points = Array.from({ length: 10_000 }, (_, i) => ({
      id: String(i),
      lat: 30 + (i % 100) / 10,
      lon: 60 + i / 1000,
    }));
    const clusters = clusterPoints(points, project, 56);
    expect(clusters.reduce((n, c) => n + c.members.length, 0)).toBe(10_000);
  });
});

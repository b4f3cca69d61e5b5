import { describe, expect, it } from 'vitest';
import type { PlaceEntry } from '../knowledge-port.js';
import { foldIntoCity } from './fold-place.js';

const entry = (
  id: string,
  kind: PlaceEntry['kind'],
  rank: number,
  lat: number | null,
  lon: number | null,
): PlaceEntry => ({
  id,
  name: id,
  kind,
  country: 'AF',
  admin1: 'Kabul',
  admin2: null,
  lat,
  lon,
  rank,
});
const kabul = entry('kabul', 'city', 110, 34.528, 69.172);
const kabulProvince = entry('kabul-province', 'admin1', 80, null, null);
const paghman = entry('paghman', 'city', 60, 34.588, 68.953);
const barchi = entry('dasht-e-barchi', 'city', 40, 34.503, 69.108);
const airport = entry('hkia', 'city', 40, 34.566, 69.212);
const farVillage = entry('far-village', 'city', 30, 34.9, 69.9);

describe('foldIntoCity (place.fold.v1)', () => {
  it.each([
    { name: 'a quarter folds into its city', place: barchi, into: 'kabul' },
    { name: 'an airport folds into its city', place: airport, into: 'kabul' },
    { name: 'a town of its own stays', place: paghman, into: null },
    { name: 'a minor place far from the city stays', place: farVillage, into: null },
    { name: 'a province never folds', place: kabulProvince, into: null },
  ])('$name', ({ place, into }) => {
    expect(foldIntoCity(place, [kabul, kabulProvince, paghman])?.id ?? null).toBe(into);
  });
  it('only a far more prominent city absorbs', () => expect(foldIntoCity(barchi, [paghman])).toBeNull());
});

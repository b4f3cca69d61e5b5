import { describe, expect, it } from 'vitest';
import { eventHeadline, formatCount, formatDate, formatPlace } from './format.js';

describe('formatting', () => {
  it.each([
    [null, ''],
    [{ min: 6, max: null }, '6+'],
    [{ min: 4, max: 4 }, '4'],
    [{ min: 3, max: 5 }, '3–5'],
  ])('count %j → %s', (count, expected) => expect(formatCount(count)).toBe(expected));

  it.each([
    [null, 'undated'],
    [{ start: '2024-03-02', end: '2024-03-02', precision: 'day' as const, text: '' }, '2024-03-02'],
    [{ start: '2024-03-01', end: '2024-03-31', precision: 'month' as const, text: '' }, '2024-03 (month)'],
    [{ start: '2024-01-01', end: '2024-12-31', precision: 'year' as const, text: '' }, '2024 (year)'],
    [{ start: '2024-03-01', end: '2024-03-07', precision: 'week' as const, text: '' }, '2024-03-01 – 2024-03-07'],
  ])('date %j → %s', (date, expected) => expect(formatDate(date)).toBe(expected));

  it('writes a place from precise to broad without repeats', () => {
    const place = {
      name: 'Kabul',
      admin2: null,
      admin1: 'Kabul',
      country: 'AF',
      lat: null,
      lon: null,
      precision: 'point' as const,
      text: '',
    };
    expect(formatPlace(place)).toBe('Kabul, AF');
    expect(formatPlace(null)).toBe('unknown place');
  });

  it('labels types from the domain vocabulary', () => {
    expect(eventHeadline({ type: 'attack.suicide', place: null, date: null })).toBe(
      'Suicide attack, unknown place, undated',
    );
  });
});

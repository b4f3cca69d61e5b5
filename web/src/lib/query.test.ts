import { describe, expect, it } from 'vitest';
import { filtersFromSearch, intParam, searchFromFilters } from './query.js';

describe('filters in the URL', () => {
  it.each([
    ['', {}],
    ['?type=attack&sort=-date', { type: 'attack', sort: '-date' }],
    ['?q=%20Kabul%20&actor=', { q: 'Kabul' }],
    ['?sort=bogus&country=AF', { country: 'AF' }],
    ['?unknown=1&status=proposed,edited', { status: 'proposed,edited' }],
  ])('reads %s', (search, expected) => {
    expect(filtersFromSearch(search)).toEqual(expected);
  });

  it.each([
    [{}, {}, ''],
    [{ q: 'Kabul' }, { offset: 50 }, 'q=Kabul&offset=50'],
    [{ from: '2024-01-01', to: '2024-02-01' }, { limit: 10 }, 'from=2024-01-01&to=2024-02-01&limit=10'],
    [{ type: 'attack', q: '' }, { offset: 0 }, 'type=attack'],
  ])('writes %j %j', (filters, paging, expected) => {
    expect(searchFromFilters(filters, paging)).toBe(expected);
  });

  it('round-trips every filter', () => {
    const filters = {
      from: '2024-01-01',
      type: 'attack.suicide',
      actor: 'TTP',
      place: 'Kabul',
      sort: 'killed' as const,
    };
    expect(filtersFromSearch(`?${searchFromFilters(filters)}`)).toEqual(filters);
  });

  it.each([
    ['?offset=50', 50],
    ['?offset=-3', 0],
    ['?offset=x', 0],
    ['', 0],
  ])('reads the integer in %s', (search, expected) => {
    expect(intParam(search, 'offset', 0)).toBe(expected);
  });
});

/** The shared events filters, read from and written to the URL of the current view. */
import { useMemo } from 'react';
import { navigate, useLocation } from '../../app/router.js';
import { type EventFilters, filtersFromSearch, intParam, searchFromFilters } from '../../lib/query.js';

export function useEventFilters() {
  const { path, search } = useLocation();
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const offset = intParam(search, 'offset', 0);
  const setFilters = (next: EventFilters, nextOffset = 0) => {
    const qs = searchFromFilters(next, { offset: nextOffset });
    navigate(qs ? `${path}?${qs}` : path, { replace: true });
  };
  return { filters, offset, setFilters, search };
}

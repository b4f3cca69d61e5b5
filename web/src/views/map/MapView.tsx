/**
 * The map: point-precision events as clustered points, province-only events as shaded provinces
 * (when province shapes are available) or a list, never as pins at a province's centre. Uses the
 * same URL filters as the table. Offline: the basemap is a local GeoJSON of countries.
 */
import { api } from '../../api/client.js';
import { useApi } from '../../api/useApi.js';
import { Link } from '../../app/router.js';
import { splitPlaces } from '../../lib/geo/split-places.js';
import { Empty, ErrorNote, Loading } from '../../ui/Status.js';
import { FilterBar } from '../events/FilterBar.js';
import { useEventFilters } from '../events/useEventFilters.js';
import { EventMap } from './EventMap.js';

export default function MapView() {
  const { filters, setFilters, search } = useEventFilters();
  const loaded = useApi(async () => splitPlaces((await api.compactEvents(filters)).items), [search]);
  const data = loaded.data;
  return (
    <section className="view">
      <h1>Map</h1>
      <FilterBar filters={filters} onApply={(f) => setFilters(f)} />
      {loaded.error && <ErrorNote error={loaded.error} retry={loaded.reload} />}
      {!data && loaded.loading && <Loading what="Loading events" />}
      {data && (
        <>
          <p className="count" data-testid="map-summary">
            {data.points.length.toLocaleString()} events at a town or site ·{' '}
            {data.areas.reduce((n, a) => n + a.events.length, 0).toLocaleString()} known only to the province ·{' '}
            {data.unmapped.toLocaleString()} without a mappable place
          </p>
          {data.points.length + data.areas.length === 0 ? (
            <Empty>No event with a mappable place matches these filters.</Empty>
          ) : (
            <div className="map-layout">
              <EventMap points={data.points} areas={data.areas} />
              {data.areas.length > 0 && (
                <details className="area-list">
                  <summary>Province-level events ({data.areas.length} provinces)</summary>
                  <ul className="plain">
                    {data.areas.map((a) => (
                      <li key={a.key}>
                        <Link href={`/events?place=${encodeURIComponent(a.admin1)}`}>
                          {a.admin1}
                          {a.country && `, ${a.country}`}
                        </Link>{' '}
                        <span className="muted">{a.events.length}</span>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}

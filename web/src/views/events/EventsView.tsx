/**
 * Events table view: URL-driven filters, server-side sorting and paging (so 10,000 events cost one
 * page of rows), and export of the whole filtered selection as CSV or JSON.
 */
import { useState } from 'react';
import { allEvents, api } from '../../api/client.js';
import { useApi } from '../../api/useApi.js';
import { Link } from '../../app/router.js';
import { downloadText, eventsToCsv } from '../../lib/export.js';
import { Pager } from '../../ui/Pager.js';
import { Empty, ErrorNote, Loading } from '../../ui/Status.js';
import { EventsTable } from './EventsTable.js';
import { FilterBar } from './FilterBar.js';
import { useEventFilters } from './useEventFilters.js';

const PAGE = 50;

export default function EventsView() {
  const { filters, offset, setFilters, search } = useEventFilters();
  const page = useApi(() => api.events(filters, PAGE, offset), [search]);
  const [exporting, setExporting] = useState<string | null>(null);

  const exportAs = async (format: 'csv' | 'json') => {
    setExporting(`Preparing ${format.toUpperCase()}…`);
    try {
      const events = await allEvents(filters, 100_000);
      const stamp = new Date().toISOString().slice(0, 10);
      if (format === 'csv') downloadText(`vigil-events-${stamp}.csv`, eventsToCsv(events), 'text/csv');
      else downloadText(`vigil-events-${stamp}.json`, JSON.stringify(events, null, 2), 'application/json');
      setExporting(null);
    } catch (err) {
      setExporting(`Export failed: ${(err as Error).message}`);
    }
  };

  return (
    <section className="view events-view">
      <div className="view-head">
        <h1>Events</h1>
        <div className="toolbar">
          <button type="button" onClick={() => exportAs('csv')} disabled={!page.data?.total}>
            Export CSV
          </button>
          <button type="button" onClick={() => exportAs('json')} disabled={!page.data?.total}>
            Export JSON
          </button>
          {exporting && <span role="status">{exporting}</span>}
        </div>
      </div>
      <FilterBar filters={filters} onApply={(f) => setFilters(f)} />
      {page.error && <ErrorNote error={page.error} retry={page.reload} />}
      {!page.data && page.loading && <Loading what="Loading events" />}
      {page.data && page.data.total === 0 && (
        <Empty>
          No events match these filters. Clear a filter, or add reports in the <Link href="/inbox">Inbox</Link>.
        </Empty>
      )}
      {page.data && page.data.total > 0 && (
        <>
          <p className="count" aria-live="polite" data-testid="events-total">
            {page.data.total.toLocaleString()} events
          </p>
          <EventsTable
            events={page.data.items}
            sort={filters.sort}
            onSort={(sort) => setFilters({ ...filters, sort: sort as typeof filters.sort })}
          />
          <Pager total={page.data.total} limit={PAGE} offset={offset} onChange={(o) => setFilters(filters, o)} />
        </>
      )}
    </section>
  );
}

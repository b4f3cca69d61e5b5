/**
 * The timeline (vis-timeline): events grouped by actor or by type, zoomable; month-precision dates
 * are ranges. Selecting an item opens its event. Same URL filters as the table.
 */
import { useEffect, useMemo, useRef } from 'react';
import { api } from '../../api/client.js';
import { useApi } from '../../api/useApi.js';
import { navigate, useLocation } from '../../app/router.js';
import { Empty, ErrorNote, Loading } from '../../ui/Status.js';
import { FilterBar } from '../events/FilterBar.js';
import { useEventFilters } from '../events/useEventFilters.js';
import { type GroupBy, toTimeline } from './timeline-items.js';

// Start loading the chart library with the view, while the events are fetched, not after them.
const visTimeline = import('vis-timeline/standalone');

export default function TimelineView() {
  const { filters, setFilters, search } = useEventFilters();
  const { path } = useLocation();
  const by: GroupBy = new URLSearchParams(search).get('group') === 'type' ? 'type' : 'actor';
  const loaded = useApi(() => api.compactEvents(filters), [JSON.stringify(filters)]);
  const data = useMemo(() => (loaded.data ? toTimeline(loaded.data.items, by) : null), [loaded.data, by]);

  const setGroup = (g: GroupBy) => {
    const params = new URLSearchParams(search);
    params.set('group', g);
    navigate(`${path}?${params}`, { replace: true });
  };

  return (
    <section className="view">
      <div className="view-head">
        <h1>Timeline</h1>
        <fieldset className="segmented">
          <legend className="visually-hidden">Group by</legend>
          {(['actor', 'type'] as const).map((g) => (
            <label key={g}>
              <input type="radio" name="group" checked={by === g} onChange={() => setGroup(g)} /> by {g}
            </label>
          ))}
        </fieldset>
      </div>
      <FilterBar filters={filters} onApply={(f) => setFilters(f)} />
      {loaded.error && <ErrorNote error={loaded.error} retry={loaded.reload} />}
      {!data && loaded.loading && <Loading what="Loading events" />}
      {data && data.items.length === 0 && <Empty>No dated event matches these filters.</Empty>}
      {data && data.items.length > 0 && (
        <>
          <p className="count" data-testid="timeline-summary">
            {data.items.length.toLocaleString()} dated events
            {data.undated > 0 && ` · ${data.undated.toLocaleString()} undated (not shown)`} · scroll or pinch to zoom,
            drag to move, click an event to open it
          </p>
          <TimelineChart items={data.items} groups={data.groups} />
        </>
      )}
    </section>
  );
}

function TimelineChart({ items, groups }: Pick<ReturnType<typeof toTimeline>, 'items' | 'groups'>) {
  const boxRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    let timeline: { destroy(): void } | null = null;
    let live = true;
    // The standalone build carries its own DataSet (and its CSS); the types only declare Timeline.
    void visTimeline.then((vis) => {
      if (!live) return;
      const { Timeline } = vis;
      const { DataSet } = vis as unknown as { DataSet: new (items: unknown[]) => unknown };
      const t = new Timeline(box, new DataSet(items) as never, new DataSet(groups) as never, {
        stack: true,
        maxHeight: Math.max(420, window.innerHeight - 260),
        zoomMin: 1000 * 60 * 60 * 24 * 3,
        orientation: 'top',
        ...(items.length > 300 ? { cluster: { maxItems: 4, titleTemplate: '{count} events: zoom in' } } : {}),
        tooltip: { followMouse: true },
      });
      t.on('select', ({ items: picked }: { items: (string | number)[] }) => {
        const id = picked[0];
        if (typeof id === 'string') navigate(`/events/${encodeURIComponent(id)}`);
      });
      timeline = t;
    });
    return () => {
      live = false;
      timeline?.destroy();
    };
  }, [items, groups]);
  return <div ref={boxRef} className="timeline-box" data-testid="timeline" />;
}

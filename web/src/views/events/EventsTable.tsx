/** The events as a table with sortable columns; a row's headline links to the event. */
import type { StoredEvent } from '../../../../src/domain/index.js';
import { Link } from '../../app/router.js';
import { actorNames, formatCount, formatDate, formatPlace, typeLabel } from '../../lib/format.js';
import { CertaintyBadge, StatusBadge } from '../../ui/Badge.js';

type SortKey = 'date' | 'type' | 'killed' | 'confidence';

export function EventsTable({
  events,
  sort,
  onSort,
}: {
  events: StoredEvent[];
  sort: string | undefined;
  onSort: (sort: string) => void;
}) {
  const header = (key: SortKey, label: string) => {
    const dir = sort === key ? 'ascending' : sort === `-${key}` ? 'descending' : 'none';
    const next = dir === 'descending' ? key : `-${key}`;
    return (
      <th scope="col" aria-sort={dir}>
        <button type="button" className="sort" onClick={() => onSort(next)}>
          {label}
          <span aria-hidden="true">{dir === 'ascending' ? ' ▲' : dir === 'descending' ? ' ▼' : ''}</span>
        </button>
      </th>
    );
  };
  return (
    <div className="table-wrap">
      <table className="events-table">
        <thead>
          <tr>
            {header('date', 'Date')}
            {header('type', 'Type')}
            <th scope="col">Place</th>
            <th scope="col">Perpetrator</th>
            {header('killed', 'Killed')}
            <th scope="col">Injured</th>
            <th scope="col">Certainty</th>
            <th scope="col">Source</th>
            <th scope="col">Status</th>
            {header('confidence', 'Conf.')}
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td className="nowrap">{formatDate(e.date)}</td>
              <td>
                <Link href={`/events/${encodeURIComponent(e.id)}`}>{typeLabel(e.type)}</Link>
              </td>
              <td>{formatPlace(e.place)}</td>
              <td>{actorNames(e, 'perpetrator') || '—'}</td>
              <td className="num">{formatCount(e.casualties.killed)}</td>
              <td className="num">{formatCount(e.casualties.injured)}</td>
              <td>
                <CertaintyBadge certainty={e.certainty} />
              </td>
              <td>{e.attribution.source ?? ''}</td>
              <td>
                <StatusBadge status={e.status} />
              </td>
              <td className="num">{e.confidence.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A read-only summary of an event's fields: what, when, where, who, how many, how sure, says whom. */

import { eventType } from '../../../../src/domain/event-types.js';
import type { StoredEvent } from '../../../../src/domain/index.js';
import { CASUALTY_KINDS, labelOf, PLACE_PRECISION, SOURCE_RELIABILITY } from '../../../../src/domain/vocabularies.js';
import { Link } from '../../app/router.js';
import { formatCount, formatDate, formatPlace, roleLabel, typeLabel } from '../../lib/format.js';
import { CertaintyBadge, StatusBadge } from '../../ui/Badge.js';

export function EventFields({ event }: { event: StoredEvent }) {
  const casualties = CASUALTY_KINDS.filter((k) => event.casualties[k]);
  return (
    <dl className="fields">
      <dt>Type</dt>
      <dd title={eventType(event.type)?.definition}>{typeLabel(event.type)}</dd>
      <dt>Date</dt>
      <dd>
        {formatDate(event.date)}
        {event.date?.text && <span className="muted"> — “{event.date.text}”</span>}
      </dd>
      <dt>Place</dt>
      <dd>
        {formatPlace(event.place)}
        {event.place && <span className="muted"> ({labelOf(PLACE_PRECISION, event.place.precision)})</span>}
      </dd>
      <dt>Actors</dt>
      <dd>
        {event.actors.length === 0 && '—'}
        <ul className="plain">
          {event.actors.map((a) => (
            <li key={`${a.role}:${a.name}`}>
              <span className="muted">{roleLabel(a.role)}:</span>{' '}
              {a.entity ? <Link href={`/actors/${encodeURIComponent(a.entity)}`}>{a.name}</Link> : a.name}
            </li>
          ))}
        </ul>
      </dd>
      <dt>Casualties</dt>
      <dd>{casualties.length ? casualties.map((k) => `${k} ${formatCount(event.casualties[k])}`).join(', ') : '—'}</dd>
      {event.weapons.length > 0 && (
        <>
          <dt>Weapons</dt>
          <dd>{event.weapons.join(', ')}</dd>
        </>
      )}
      <dt>Certainty</dt>
      <dd>
        <CertaintyBadge certainty={event.certainty} />
      </dd>
      <dt>According to</dt>
      <dd>
        {event.attribution.source ?? 'the author'}
        {event.attribution.via && <span className="muted"> via {event.attribution.via}</span>}
        {event.sourceGrade && (
          <span className="badge" title={labelOf(SOURCE_RELIABILITY, event.sourceGrade)}>
            grade {event.sourceGrade}
          </span>
        )}
      </dd>
      <dt>Status</dt>
      <dd>
        <StatusBadge status={event.status} /> <span className="muted">confidence {event.confidence.toFixed(2)}</span>
      </dd>
    </dl>
  );
}

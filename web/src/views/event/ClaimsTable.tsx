/**
 * Where sources disagree: each source's claim side by side, and which rule picked the figures the
 * event displays.
 */
import type { EventDetail } from '../../../../src/domain/index.js';
import { CASUALTY_KINDS } from '../../../../src/domain/vocabularies.js';
import { certaintyLabel, formatCount, formatDate } from '../../lib/format.js';

export function ClaimsTable({ event }: { event: EventDetail }) {
  if (event.claims.length === 0) return null;
  const kinds = CASUALTY_KINDS.filter((k) => event.claims.some((c) => c.casualties[k]) || event.casualties[k]);
  return (
    <section className="claims" aria-labelledby="claims-h">
      <h3 id="claims-h">
        Sources {event.figures.disputed && <span className="badge badge-disputed">figures disputed</span>}
      </h3>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Date</th>
              {kinds.map((k) => (
                <th scope="col" key={k}>
                  {k}
                </th>
              ))}
              <th scope="col">Certainty</th>
            </tr>
          </thead>
          <tbody>
            {event.claims.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one document may hold two claims; order is stable
              <tr key={`${c.documentId}-${i}`}>
                <td>
                  {c.source ?? 'author'}
                  {c.via && <span className="muted"> via {c.via}</span>}
                </td>
                <td>{formatDate(c.date)}</td>
                {kinds.map((k) => (
                  <td key={k} className="num">
                    {formatCount(c.casualties[k]) || '—'}
                  </td>
                ))}
                <td>{certaintyLabel(c.certainty)}</td>
              </tr>
            ))}
            <tr className="shown-figures">
              <th scope="row">Displayed</th>
              <td>{formatDate(event.date)}</td>
              {kinds.map((k) => (
                <td key={k} className="num">
                  <strong>{formatCount(event.casualties[k]) || '—'}</strong>
                </td>
              ))}
              <td>{certaintyLabel(event.certainty)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className="muted">
        Figures chosen by rule <code>{event.figures.rule}</code>
        {event.figures.note && `: ${event.figures.note}`}
      </p>
    </section>
  );
}

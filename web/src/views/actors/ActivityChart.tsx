/** A small bar chart of events over time; the table of numbers is there for screen readers. */
import type { Bin } from './activity.js';

export function ActivityChart({ bins }: { bins: Bin[] }) {
  if (bins.length === 0) return <p className="muted">No dated events.</p>;
  const max = Math.max(...bins.map((b) => b.count));
  return (
    <figure className="activity">
      <div className="bars" aria-hidden="true">
        {bins.map((b) => (
          <span key={b.label} style={{ height: `${(100 * b.count) / max}%` }} title={`${b.label}: ${b.count}`} />
        ))}
      </div>
      <figcaption className="muted">
        {bins[0]?.label} – {bins[bins.length - 1]?.label}, busiest {max} events
      </figcaption>
      <table className="visually-hidden">
        <tbody>
          {bins
            .filter((b) => b.count)
            .map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.label}</th>
                <td>{b.count}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </figure>
  );
}

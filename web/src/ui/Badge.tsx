/** Small coloured labels for review status and certainty, with the label text always shown. */
import { certaintyLabel, statusLabel } from '../lib/format.js';

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`badge badge-status-${status}`} title={statusLabel(status)}>
      {status}
    </span>
  );
}

export function CertaintyBadge({ certainty }: { certainty: string }) {
  return <span className={`badge badge-certainty-${certainty}`}>{certaintyLabel(certainty)}</span>;
}

/** The event's history: who did what and when, with the value before; merges can be undone. */
import type { EventDetail } from '../../../../src/domain/index.js';

const UNDOABLE = new Set(['merge', 'split', 'related', 'edit', 'confirm', 'reject']);

export function HistoryList({
  history,
  onUndo,
}: {
  history: EventDetail['history'];
  onUndo?: (decisionId: number) => void;
}) {
  if (history.length === 0) return <p className="muted">No changes yet: this is the machine's proposal.</p>;
  return (
    <ol className="history">
      {[...history].reverse().map((h) => (
        <li key={h.id}>
          <time dateTime={h.at}>{h.at.replace('T', ' ').slice(0, 19)}</time> <strong>{h.user}</strong> {h.action}
          {h.before !== null && h.before !== undefined && (
            <details>
              <summary>before / after</summary>
              <pre>{JSON.stringify({ before: h.before, after: h.after }, null, 1)}</pre>
            </details>
          )}
          {onUndo && UNDOABLE.has(h.action) && (
            <button type="button" className="small" onClick={() => onUndo(h.id)}>
              Undo
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}

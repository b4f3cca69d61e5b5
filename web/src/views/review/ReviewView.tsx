/**
 * The review queue: machine-proposed events, most confident first, one open at a time.
 * j/k move through the queue; c, r, e act on the open event (see EventWorkbench).
 */
import { useEffect, useMemo, useState } from 'react';
import type { EventDetail } from '../../../../src/domain/index.js';
import { api } from '../../api/client.js';
import { useApi } from '../../api/useApi.js';
import { Link, navigate } from '../../app/router.js';
import { eventHeadline } from '../../lib/format.js';
import { isTypingTarget } from '../../lib/keys.js';
import { Empty, ErrorNote, Loading } from '../../ui/Status.js';
import { EventWorkbench } from '../event/EventWorkbench.js';

const QUEUE_SIZE = 200;

export default function ReviewView({ params }: { params: Record<string, string> }) {
  const queue = useApi(() => api.events({ status: 'proposed', sort: '-confidence' }, QUEUE_SIZE, 0), []);
  const items = useMemo(() => queue.data?.items ?? [], [queue.data]);
  const openId = params.id ?? items[0]?.id;
  const index = items.findIndex((e) => e.id === openId);

  const open = (id: string | undefined) => id && navigate(`/review/${encodeURIComponent(id)}`, { replace: true });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTypingTarget(e.target) || e.metaKey || e.ctrlKey || e.altKey) return;
      if (e.key === 'j') open(items[Math.min(items.length - 1, index + 1)]?.id);
      else if (e.key === 'k') open(items[Math.max(0, index - 1)]?.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const [flash, setFlash] = useState<string | null>(null);
  const afterDecision = (decided: EventDetail, what: string) => {
    const next = items[index + 1] ?? items[index - 1];
    setFlash(`${what}: ${eventHeadline(decided)}.${next ? ' Showing the next proposal.' : ''}`);
    queue.reload();
    if (next) open(next.id);
  };

  return (
    <section className="view review-view">
      <div className="view-head">
        <h1>Review queue</h1>
        <p className="muted keys-help">
          <kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>c</kbd> confirm · <kbd>r</kbd> reject · <kbd>e</kbd> edit
        </p>
      </div>
      {flash && (
        <p className="status status-ok" role="status">
          {flash}{' '}
          <button type="button" className="link" onClick={() => setFlash(null)}>
            dismiss
          </button>
        </p>
      )}
      {queue.error && <ErrorNote error={queue.error} retry={queue.reload} />}
      {!queue.data && queue.loading && <Loading what="Loading the queue" />}
      {queue.data && items.length === 0 && !params.id && (
        <Empty>
          Nothing to review: every proposed event has been decided. New reports go in the{' '}
          <Link href="/inbox">Inbox</Link>.
        </Empty>
      )}
      {(items.length > 0 || params.id) && (
        <div className="review-layout">
          <nav className="queue" aria-label="Proposed events">
            <p className="muted">
              {queue.data?.total.toLocaleString()} proposed{index >= 0 && ` · ${index + 1} of ${items.length}`}
            </p>
            <ol>
              {items.map((e) => (
                <li key={e.id}>
                  <Link
                    href={`/review/${encodeURIComponent(e.id)}`}
                    aria-current={e.id === openId ? 'true' : undefined}
                  >
                    {eventHeadline(e)}
                  </Link>
                </li>
              ))}
            </ol>
          </nav>
          {openId && <EventWorkbench eventId={openId} shortcuts onDecided={afterDecision} />}
        </div>
      )}
    </section>
  );
}

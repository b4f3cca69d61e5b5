/**
 * Everything an analyst does with one event: read its evidence in context, compare sources, confirm,
 * reject, edit, merge, link, split, read and undo its history. Used by the review queue and the
 * event page. With `shortcuts`, the keys c (confirm), r (reject) and e (edit) act on it.
 */
import { useEffect, useState } from 'react';
import type { EventDetail } from '../../../../src/domain/index.js';
import { api, type EventPatch } from '../../api/client.js';
import { useApi } from '../../api/useApi.js';
import { navigate } from '../../app/router.js';
import { eventHeadline } from '../../lib/format.js';
import { isTypingTarget } from '../../lib/keys.js';
import { ErrorNote, Loading } from '../../ui/Status.js';
import { DuplicatesPanel } from '../review/DuplicatesPanel.js';
import { EditForm } from '../review/EditForm.js';
import { SplitForm } from '../review/SplitForm.js';
import { ClaimsTable } from './ClaimsTable.js';
import { EventFields } from './EventFields.js';
import { EvidenceContext } from './EvidenceContext.js';
import { HistoryList } from './HistoryList.js';

export function EventWorkbench({
  eventId,
  shortcuts = false,
  onDecided,
}: {
  eventId: string;
  shortcuts?: boolean;
  /** called after confirm or reject, e.g. to move the queue on; `what` is "Confirmed" or "Rejected". */
  onDecided?: (event: EventDetail, what: string) => void;
}) {
  const loaded = useApi(() => api.event(eventId), [eventId]);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | null>(null);
  const event = loaded.data;

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset per event
  useEffect(() => {
    setEditing(false);
    setNotice(null);
  }, [eventId]);

  const act = async (label: string, run: () => Promise<unknown>, after?: () => void) => {
    try {
      await run();
      setNotice({ text: label });
      loaded.reload();
      after?.();
    } catch (err) {
      setNotice({ text: `${label} failed: ${(err as Error).message}`, error: true });
    }
  };
  const confirm = () =>
    event &&
    act(
      'Confirmed',
      () => api.confirm(event.id),
      () => onDecided?.(event, 'Confirmed'),
    );
  const reject = () =>
    event &&
    act(
      'Rejected',
      () => api.reject(event.id),
      () => onDecided?.(event, 'Rejected'),
    );
  const save = async (patch: EventPatch) => {
    if (!event) return;
    await api.edit(event.id, patch);
    setEditing(false);
    setNotice({ text: 'Changes saved' });
    loaded.reload();
  };

  useEffect(() => {
    if (!shortcuts) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTypingTarget(e.target) || e.metaKey || e.ctrlKey || e.altKey) return;
      if (e.key === 'c') void confirm();
      else if (e.key === 'r') void reject();
      else if (e.key === 'e') {
        e.preventDefault();
        setEditing(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (loaded.error) return <ErrorNote error={loaded.error} retry={loaded.reload} />;
  if (!event) return <Loading what="Loading event" />;
  return (
    <article className="workbench" aria-labelledby="event-h" data-event-id={event.id}>
      <header className="workbench-head">
        <h2 id="event-h">{eventHeadline(event)}</h2>
        <div className="toolbar" role="toolbar" aria-label="Decide">
          <button type="button" className="primary" onClick={confirm} aria-keyshortcuts={shortcuts ? 'c' : undefined}>
            Confirm{shortcuts && <kbd>c</kbd>}
          </button>
          <button type="button" onClick={() => setEditing(true)} aria-keyshortcuts={shortcuts ? 'e' : undefined}>
            Edit{shortcuts && <kbd>e</kbd>}
          </button>
          <button type="button" className="danger" onClick={reject} aria-keyshortcuts={shortcuts ? 'r' : undefined}>
            Reject{shortcuts && <kbd>r</kbd>}
          </button>
        </div>
      </header>
      {notice && (
        <p className={notice.error ? 'status status-error' : 'status status-ok'} role="status">
          {notice.text}
        </p>
      )}
      <div className="workbench-grid">
        <div>
          {editing ? (
            <EditForm event={event} onSave={save} onCancel={() => setEditing(false)} />
          ) : (
            <EventFields event={event} />
          )}
          <h3>Evidence</h3>
          <EvidenceContext event={event} />
          <ClaimsTable event={event} />
        </div>
        <div>
          <DuplicatesPanel
            key={event.updatedAt}
            eventId={event.id}
            onMerge={(other) => act('Merged', () => api.merge(event.id, other))}
            onRelated={(other) => act('Linked as related', () => api.related(event.id, other))}
          />
          {event.documentIds.length > 1 && (
            <SplitForm
              event={event}
              onSplit={(docs) =>
                act('Split', async () => {
                  const r = await api.split(event.id, docs);
                  if (r?.eventId) navigate(`/events/${encodeURIComponent(r.eventId)}`);
                })
              }
            />
          )}
          <section aria-labelledby="hist-h">
            <h3 id="hist-h">History</h3>
            <HistoryList history={event.history} onUndo={(id) => act('Undone', () => api.undo(event.id, id))} />
          </section>
          {event.rules.length > 0 && (
            <details className="rules">
              <summary>Why Vigil proposed this ({event.rules.length} rules)</summary>
              <ul>
                {event.rules.map((r) => (
                  <li key={r}>
                    <code>{r}</code>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      </div>
    </article>
  );
}

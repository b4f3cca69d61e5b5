/**
 * Possible duplicates of an event, each with Vigil's reasons and score, and the analyst's choices:
 * merge it into this event, or mark it as related (a different event about the same incident).
 */
import { useState } from 'react';
import { api } from '../../api/client.js';
import { useApi } from '../../api/useApi.js';
import { Link } from '../../app/router.js';
import { eventHeadline } from '../../lib/format.js';
import { ErrorNote, Loading } from '../../ui/Status.js';

export function DuplicatesPanel({
  eventId,
  onMerge,
  onRelated,
}: {
  eventId: string;
  onMerge: (otherId: string) => Promise<void>;
  onRelated: (otherId: string) => Promise<void>;
}) {
  const candidates = useApi(async () => {
    const list = await api.duplicates(eventId);
    // The candidates name events by id; fetch their headlines so the analyst sees what they are.
    return Promise.all(
      list.map(async (c) => ({ ...c, event: c.event ?? (await api.event(c.eventId).catch(() => undefined)) })),
    );
  }, [eventId]);
  const [otherId, setOtherId] = useState('');

  return (
    <section className="duplicates" aria-labelledby="dup-h">
      <h3 id="dup-h">Possible duplicates</h3>
      {candidates.error && <ErrorNote error={candidates.error} />}
      {candidates.loading && !candidates.data && <Loading what="Looking for duplicates" />}
      {candidates.data?.length === 0 && <p className="muted">Vigil found no likely duplicate.</p>}
      <ul className="plain">
        {candidates.data?.map((c) => (
          <li key={c.eventId} className="candidate" data-testid="duplicate-candidate">
            <Link href={`/events/${encodeURIComponent(c.eventId)}`}>
              {c.event ? eventHeadline(c.event) : c.eventId}
            </Link>{' '}
            <span className="muted">score {c.score.toFixed(2)}</span>
            <ul className="reasons">
              {c.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            <button type="button" className="small" onClick={() => onMerge(c.eventId)}>
              Merge into this event
            </button>{' '}
            <button type="button" className="small" onClick={() => onRelated(c.eventId)}>
              Mark related
            </button>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (otherId.trim()) void onMerge(otherId.trim());
        }}
      >
        <label className="field">
          <span>Merge another event by id</span>
          <input value={otherId} onChange={(e) => setOtherId(e.target.value)} placeholder="event id" />
        </label>
        <button type="submit" className="small">
          Merge
        </button>
        <button type="button" className="small" onClick={() => otherId.trim() && void onRelated(otherId.trim())}>
          Related
        </button>
      </form>
    </section>
  );
}

/**
 * An actor's profile: name, aliases (add, remove), merge with another actor, split some names off
 * into a new actor (and undo that), type and country, activity over time, areas of operation on a
 * small map, leaders/members the reports state, and the latest events.
 */
import { type FormEvent, useMemo, useState } from 'react';
import { ENTITY_KINDS, labelOf } from '../../../../src/domain/vocabularies.js';
import { toCompact } from '../../../../src/server/features/analysis/schema.js';
import { api } from '../../api/client.js';
import { useApi } from '../../api/useApi.js';
import { Link, navigate, useLocation } from '../../app/router.js';
import { splitPlaces } from '../../lib/geo/split-places.js';
import { ErrorNote, Loading } from '../../ui/Status.js';
import { EventsTable } from '../events/EventsTable.js';
import { EventMap } from '../map/EventMap.js';
import { ActivityChart } from './ActivityChart.js';
import { activityBins } from './activity.js';
import { RelationsPanel } from './RelationsPanel.js';
import { SplitActorForm } from './SplitActorForm.js';

export default function ActorView({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const entity = useApi(() => api.entity(id), [id]);
  // The profile draws from the actor's own (latest 500) events, which come with the actor: one fast request.
  const compact = useMemo(() => entity.data?.events.map(toCompact) ?? null, [entity.data]);
  const places = useMemo(() => (compact ? splitPlaces(compact) : null), [compact]);
  const [notice, setNotice] = useState<string | null>(null);
  // After a split the new actor's address says where it came from, so the split can be undone here.
  const query = new URLSearchParams(useLocation().search);
  const splitFrom = query.get('splitFrom');
  const splitDecision = Number(query.get('decision'));

  const act = async (label: string, run: () => Promise<unknown>) => {
    try {
      await run();
      setNotice(label);
      entity.reload();
    } catch (err) {
      setNotice(`${label} failed: ${(err as Error).message}`);
    }
  };
  const onAlias = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const alias = new FormData(e.currentTarget).get('alias')?.toString().trim();
    if (alias) void act(`Alias “${alias}” added`, () => api.addAlias(id, alias));
    e.currentTarget.reset();
  };
  const onMerge = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const other = new FormData(e.currentTarget).get('other')?.toString().trim();
    if (other) void act('Merged', () => api.mergeEntities(id, other));
  };

  const onSplit = async (aliases: string[], name: string | undefined) => {
    const { newEntityId, decisionId } = await api.splitEntity(id, { aliases, ...(name ? { name } : {}) });
    setNotice(`Split: ${aliases.length} ${aliases.length === 1 ? 'name' : 'names'} moved to a new actor`);
    navigate(`/actors/${encodeURIComponent(newEntityId)}?splitFrom=${encodeURIComponent(id)}&decision=${decisionId}`);
  };
  const undoSplit = async (from: string) => {
    try {
      await api.undoEntity(from, splitDecision);
      setNotice('Split undone');
      navigate(`/actors/${encodeURIComponent(from)}`);
    } catch (err) {
      setNotice(`Undo failed: ${(err as Error).message}`);
    }
  };

  if (entity.error) return <ErrorNote error={entity.error} retry={entity.reload} />;
  if (!entity.data) return <Loading what="Loading the actor" />;
  const a = entity.data;
  return (
    <section className="view actor">
      <p className="crumbs">
        <Link href="/network">← Network</Link>
      </p>
      <h1>{a.name}</h1>
      <p className="muted">
        {labelOf(ENTITY_KINDS, a.type)}
        {a.country && ` · ${a.country}`} · {a.eventCount.toLocaleString()} events ·{' '}
        <Link href={`/events?actor=${encodeURIComponent(a.id)}`}>see them in the table</Link>
      </p>
      {notice && (
        <p className="status" role="status">
          {notice}
        </p>
      )}
      {splitFrom && splitDecision > 0 && (
        <p className="status">
          Split off from <Link href={`/actors/${encodeURIComponent(splitFrom)}`}>the original actor</Link>.{' '}
          <button type="button" className="small" onClick={() => void undoSplit(splitFrom)}>
            Undo split
          </button>
        </p>
      )}
      <div className="profile-grid">
        <section aria-labelledby="aliases-h" className="panel">
          <h2 id="aliases-h">Also known as</h2>
          {a.aliases.length === 0 && <p className="muted">No aliases.</p>}
          <ul className="plain aliases">
            {a.aliases.map((alias) => (
              <li key={alias}>
                {alias}{' '}
                <button
                  type="button"
                  className="small"
                  aria-label={`Remove alias ${alias}`}
                  onClick={() => act(`Alias “${alias}” removed`, () => api.removeAlias(id, alias))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <form className="inline-form" onSubmit={onAlias}>
            <label className="field">
              <span>New alias</span>
              <input name="alias" />
            </label>
            <button type="submit" className="small">
              Add
            </button>
          </form>
          <form className="inline-form" onSubmit={onMerge}>
            <label className="field">
              <span>Merge another actor into this one (id)</span>
              <input name="other" placeholder="entity id" />
            </label>
            <button type="submit" className="small">
              Merge
            </button>
          </form>
          <SplitActorForm key={a.id} actor={a} onSplit={onSplit} />
        </section>
        <RelationsPanel relations={a.relations} />
        <section aria-labelledby="activity-h" className="panel">
          <h2 id="activity-h">Activity over time</h2>
          {compact && <ActivityChart bins={activityBins(compact)} />}
          {a.eventCount > a.events.length && (
            <p className="muted">
              Drawn from the latest {a.events.length} of {a.eventCount.toLocaleString()} events.
            </p>
          )}
        </section>
      </div>
      <section aria-labelledby="areas-h">
        <h2 id="areas-h">Areas of operation</h2>
        {places && places.points.length + places.areas.length > 0 ? (
          <div className="mini-map-wrap">
            <EventMap points={places.points} areas={places.areas} />
            {places.areas.length > 0 && (
              <p className="muted">
                Province level: {places.areas.map((x) => `${x.admin1} (${x.events.length})`).join(', ')}
              </p>
            )}
          </div>
        ) : (
          <p className="muted">No mappable places.</p>
        )}
      </section>
      <section aria-labelledby="latest-h">
        <h2 id="latest-h">Latest events</h2>
        <EventsTable events={a.events.slice(0, 25)} sort="-date" onSort={() => {}} />
      </section>
    </section>
  );
}

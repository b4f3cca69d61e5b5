/**
 * Edits every field of an event: type, date, place, actors and roles, casualty numbers, certainty
 * and attribution. Sends the whole changed sections as one patch.
 */
import { type FormEvent, useState } from 'react';
import { EVENT_TYPES } from '../../../../src/domain/event-types.js';
import type { EventActor, EventDetail } from '../../../../src/domain/index.js';
import {
  ACTOR_KINDS,
  CASUALTY_KINDS,
  CERTAINTY,
  DATE_PRECISION,
  PLACE_PRECISION,
  ROLES,
  SOURCE_RELIABILITY,
} from '../../../../src/domain/vocabularies.js';
import type { EventPatch } from '../../api/client.js';
import { type Draft, toDraft, toPatch } from './edit-draft.js';

export function EditForm({
  event,
  onSave,
  onCancel,
}: {
  event: EventDetail;
  onSave: (patch: EventPatch) => Promise<void>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(event));
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setActor = (i: number, change: Partial<EventActor>) =>
    set(
      'actors',
      draft.actors.map((a, j) => (j === i ? { ...a, ...change } : a)),
    );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = toPatch(draft);
    if ('error' in result) return setError(result.error);
    setError(null);
    try {
      await onSave(result.patch);
    } catch (err) {
      setError((err as Error).message);
    }
  };

  const input = (key: keyof Draft, label: string, props: Record<string, string> = {}) => (
    <label className="field">
      <span>{label}</span>
      <input
        name={key}
        value={String(draft[key] ?? '')}
        onChange={(e) => set(key, e.target.value as never)}
        {...props}
      />
    </label>
  );
  const select = (key: keyof Draft, label: string, options: readonly { code: string; label: string }[]) => (
    <label className="field">
      <span>{label}</span>
      <select name={key} value={String(draft[key])} onChange={(e) => set(key, e.target.value as never)}>
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form className="edit-form" onSubmit={submit} aria-label="Edit event">
      <fieldset>
        <legend>What and how sure</legend>
        {select('type', 'Type', EVENT_TYPES)}
        {select('certainty', 'Certainty', CERTAINTY)}
        {select('sourceGrade', 'Source grade', [
          { code: '', label: 'not graded' },
          ...SOURCE_RELIABILITY.map((g) => ({ code: g.code, label: `${g.code} – ${g.label}` })),
        ])}
        {input('source', 'According to')}
        {input('via', 'Via')}
      </fieldset>
      <fieldset>
        <legend>When</legend>
        {input('dateStart', 'Start', { type: 'date' })}
        {input('dateEnd', 'End', { type: 'date' })}
        {select('datePrecision', 'Precision', DATE_PRECISION)}
      </fieldset>
      <fieldset>
        <legend>Where</legend>
        {input('placeName', 'Place')}
        {input('admin1', 'Province')}
        {input('country', 'Country', { maxLength: '2', size: '3' })}
        {input('lat', 'Latitude', { inputMode: 'decimal' })}
        {input('lon', 'Longitude', { inputMode: 'decimal' })}
        {select('placePrecision', 'Precision', PLACE_PRECISION)}
      </fieldset>
      <fieldset>
        <legend>Casualties (min – max; empty max means “at least”)</legend>
        {CASUALTY_KINDS.map((k) => (
          <div className="count-pair" key={k}>
            {input(`${k}Min` as keyof Draft, `${k} min`, { inputMode: 'numeric', size: '5' })}
            {input(`${k}Max` as keyof Draft, `${k} max`, { inputMode: 'numeric', size: '5' })}
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>Actors</legend>
        {draft.actors.map((a, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id
          <div className="actor-row" key={i}>
            <select aria-label="Role" value={a.role} onChange={(e) => setActor(i, { role: e.target.value as never })}>
              {ROLES.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.label}
                </option>
              ))}
            </select>
            <input aria-label="Actor name" value={a.name} onChange={(e) => setActor(i, { name: e.target.value })} />
            <select aria-label="Kind" value={a.kind} onChange={(e) => setActor(i, { kind: e.target.value as never })}>
              {ACTOR_KINDS.map((k) => (
                <option key={k.code} value={k.code}>
                  {k.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="small"
              onClick={() =>
                set(
                  'actors',
                  draft.actors.filter((_, j) => j !== i),
                )
              }
            >
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          className="small"
          onClick={() =>
            set('actors', [
              ...draft.actors,
              { role: 'perpetrator', entity: null, name: '', mention: '', kind: 'group' },
            ])
          }
        >
          Add actor
        </button>
      </fieldset>
      {error && (
        <p className="status status-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary">
          Save changes
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/**
 * The events filters (date range, type, actor, country, place, source, certainty, status, text).
 * Editing happens in a local draft; "Apply" (or Enter, or picking from a list) writes the URL.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { EVENT_CLASSES, EVENT_TYPES } from '../../../../src/domain/event-types.js';
import { CERTAINTY, REVIEW_STATUS } from '../../../../src/domain/vocabularies.js';
import type { EventFilters } from '../../lib/query.js';

type TextKey = 'from' | 'to' | 'actor' | 'country' | 'place' | 'source' | 'q';

export function FilterBar({ filters, onApply }: { filters: EventFilters; onApply: (f: EventFilters) => void }) {
  const [draft, setDraft] = useState<EventFilters>(filters);
  useEffect(() => setDraft(filters), [filters]);

  const set = (key: keyof EventFilters, value: string) => setDraft((d) => ({ ...d, [key]: value || undefined }));
  const setNow = (key: keyof EventFilters, value: string) => {
    const next = { ...draft, [key]: value || undefined };
    setDraft(next);
    onApply(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };
  const text = (key: TextKey, label: string, props: Record<string, string> = {}) => (
    <label className="field">
      <span>{label}</span>
      <input name={key} value={draft[key] ?? ''} onChange={(e) => set(key, e.target.value)} {...props} />
    </label>
  );

  return (
    <form className="filter-bar" onSubmit={submit} aria-label="Filter events">
      {text('q', 'Text', { type: 'search', placeholder: 'words in the evidence' })}
      {text('from', 'From', { type: 'date' })}
      {text('to', 'To', { type: 'date' })}
      <label className="field">
        <span>Type</span>
        <select name="type" value={draft.type ?? ''} onChange={(e) => setNow('type', e.target.value)}>
          <option value="">any type</option>
          {EVENT_CLASSES.map((cls) => (
            <optgroup key={cls} label={cls}>
              <option value={cls}>all {cls}</option>
              {EVENT_TYPES.filter((t) => t.code.startsWith(`${cls}.`)).map((t) => (
                <option key={t.code} value={t.code}>
                  {t.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {text('actor', 'Actor', { placeholder: 'name or alias' })}
      {text('country', 'Country', { placeholder: 'AF', maxLength: '2', size: '3' })}
      {text('place', 'Place / province')}
      {text('source', 'Source')}
      <label className="field">
        <span>Certainty</span>
        <select name="certainty" value={draft.certainty ?? ''} onChange={(e) => setNow('certainty', e.target.value)}>
          <option value="">any</option>
          {CERTAINTY.map((c) => (
            <option key={c.code} value={c.code}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Review status</span>
        <select name="status" value={draft.status ?? ''} onChange={(e) => setNow('status', e.target.value)}>
          <option value="">any</option>
          {REVIEW_STATUS.map((s) => (
            <option key={s.code} value={s.code}>
              {s.code}
            </option>
          ))}
        </select>
      </label>
      <div className="filter-actions">
        <button type="submit" className="primary">
          Apply
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft({});
            onApply(filters.sort ? { sort: filters.sort } : {});
          }}
        >
          Clear
        </button>
      </div>
    </form>
  );
}

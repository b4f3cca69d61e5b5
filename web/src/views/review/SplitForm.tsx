/** Splits an event that wrongly joins several reports: the chosen documents become a new event. */
import { useState } from 'react';
import type { EventDetail } from '../../../../src/domain/index.js';

export function SplitForm({ event, onSplit }: { event: EventDetail; onSplit: (documentIds: string[]) => void }) {
  const [chosen, setChosen] = useState<string[]>([]);
  const title = (id: string) => event.evidence.find((e) => e.documentId === id)?.documentTitle ?? id;
  return (
    <form
      className="split-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen.length > 0 && chosen.length < event.documentIds.length) onSplit(chosen);
      }}
    >
      <fieldset>
        <legend>Split: move these reports to a new event</legend>
        {event.documentIds.map((id) => (
          <label key={id} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(id)}
              onChange={(e) => setChosen((c) => (e.target.checked ? [...c, id] : c.filter((x) => x !== id)))}
            />
            {title(id)}
          </label>
        ))}
        <button
          type="submit"
          className="small"
          disabled={chosen.length === 0 || chosen.length === event.documentIds.length}
        >
          Split
        </button>
      </fieldset>
    </form>
  );
}

/**
 * "Split…" on an actor profile: the analyst ticks the names that belong to someone else, may name
 * the new actor, confirms, and those names move with the events that used them. Keyboard first:
 * opening focuses the first name, Escape closes and gives focus back to the button.
 */
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { EntityDetail } from '../../../../src/domain/index.js';
import { namesOf, splitProblem } from './split-choice.js';

export interface SplitActorFormProps {
  actor: EntityDetail;
  /** does the split; a rejection's message is shown in the form */
  onSplit: (aliases: string[], name: string | undefined) => Promise<void>;
}

export function SplitActorForm({ actor, onSplit }: SplitActorFormProps) {
  const names = namesOf(actor);
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const firstName = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const problem = splitProblem(names, chosen);
  const newName = name.trim() || chosen[0] || '';

  const wasOpen = useRef(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (open) (confirming ? confirmButton : firstName).current?.focus();
    else if (wasOpen.current) toggle.current?.focus(); // closing gives focus back to "Split…"
    wasOpen.current = open;
  }, [open, confirming]);

  const close = () => {
    setOpen(false);
    setConfirming(false);
    setChosen([]);
    setName('');
    setFailure(null);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') close();
  };
  const confirm = async () => {
    setFailure(null);
    setBusy(true);
    try {
      await onSplit(chosen, name.trim() || undefined);
    } catch (err) {
      setConfirming(false);
      setFailure((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (names.length < 2) return null; // one name cannot be split
  if (!open)
    return (
      <button
        type="button"
        className="small"
        ref={toggle}
        aria-expanded={false}
        aria-controls="split-actor"
        onClick={() => setOpen(true)}
      >
        Split…
      </button>
    );
  return (
    <form
      id="split-actor"
      className="split-form"
      aria-label="Split actor"
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        if (!problem) setConfirming(true);
      }}
    >
      <fieldset disabled={confirming}>
        <legend>Move these names, and the events that use them, to a new actor</legend>
        {names.map((n, i) => (
          <label key={n} className="check">
            <input
              type="checkbox"
              ref={i === 0 ? firstName : undefined}
              checked={chosen.includes(n)}
              onChange={(e) => setChosen((c) => (e.target.checked ? [...c, n] : c.filter((x) => x !== n)))}
            />
            {n}
            {n === actor.name && <span className="muted"> (current name)</span>}
          </label>
        ))}
        <label className="field">
          <span>New actor’s name (optional)</span>
          <input value={name} placeholder={chosen[0] ?? ''} onChange={(e) => setName(e.target.value)} />
        </label>
        <p className="muted" aria-live="polite">
          {problem ?? `${chosen.length} of ${names.length} names will move to “${newName}”.`}
        </p>
        <div className="form-actions">
          <button type="submit" className="small" disabled={problem !== null}>
            Split
          </button>
          <button type="button" className="small" onClick={close}>
            Cancel
          </button>
        </div>
      </fieldset>
      {failure && (
        <p className="status" role="alert">
          Split failed: {failure}
        </p>
      )}
      {confirming && (
        <fieldset>
          <legend>Confirm the split</legend>
          <p>
            Move {chosen.map((c) => `“${c}”`).join(', ')} from {actor.name} to a new actor “{newName}”? You can undo it
            afterwards.
          </p>
          <button
            type="button"
            className="small primary"
            ref={confirmButton}
            disabled={busy}
            onClick={() => void confirm()}
          >
            Confirm split
          </button>
          <button type="button" className="small" onClick={() => setConfirming(false)}>
            Back
          </button>
        </fieldset>
      )}
    </form>
  );
}

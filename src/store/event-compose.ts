/**
 * Composing the shown event from its machine claims and replayed state (pure). The event's own
 * claim gives the base fields; every member claim contributes actors, weapons, documents and
 * figures; the analyst's patch wins over all of it.
 */
import type {
  Casualties,
  Certainty,
  EventActor,
  EventDate,
  EventPlace,
  EventTypeCode,
  StoredEvent,
} from '../domain/index.js';
import type { EventState } from './event-replay.js';
import { DEFAULT_FIGURE_RULE, type FigureOutcome, pickFigures } from './figures.js';
import { fold } from './support/fold.js';

/** One machine event (= one document's claim) as read back from `event_claims`. */
export interface MachineClaim {
  eventId: string;
  documentId: string;
  type: EventTypeCode;
  date: EventDate | null;
  place: EventPlace | null;
  actors: EventActor[];
  weapons: string[];
  casualties: Casualties;
  certainty: Certainty;
  source: string | null;
  via: string | null;
  confidence: number;
  rules: string[];
  /** the document's publisher and title, to name the claim when it has no stated source */
  publisher: string | null;
  documentTitle: string | null;
}

export type ComposedEvent = Omit<StoredEvent, 'createdAt' | 'updatedAt'> & {
  figures: FigureOutcome & { rule: string };
  rules: string[];
};

/** The name a claim is quoted under in figure notes: "TASS", else the outlet, else the document. */
export const claimLabel = (c: MachineClaim): string =>
  c.source ?? c.via ?? c.publisher ?? c.documentTitle ?? c.documentId;

/** Keeps the first item for each key, in order. */
function unique<T>(items: T[], key: (t: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const t of items) if (!byKey.has(key(t))) byKey.set(key(t), t);
  return [...byKey.values()];
}

/** `composeEvent(own, [own, other], state, 'B').casualties` → the figures rule's pick unless patched. */
export function composeEvent(
  own: MachineClaim,
  members: MachineClaim[],
  state: EventState,
  defaultGrade: string | null,
  ruleId = DEFAULT_FIGURE_RULE,
): ComposedEvent {
  const claims = [own, ...members.filter((m) => m.eventId !== own.eventId)];
  const p = state.patch;
  const picked = pickFigures(
    claims.map((c) => ({ label: claimLabel(c), casualties: c.casualties })),
    ruleId,
  );
  const figures = p.casualties
    ? {
        ...picked,
        rule: 'analyst',
        note: `set by an analyst${picked.note ? `; sources: ${picked.note}` : ''}`,
      }
    : picked;
  return {
    id: own.eventId,
    type: p.type ?? own.type,
    date: p.date !== undefined ? p.date : (claims.find((c) => c.date)?.date ?? null),
    place: p.place !== undefined ? p.place : (claims.find((c) => c.place)?.place ?? null),
    actors:
      p.actors ??
      unique(
        claims.flatMap((c) => c.actors),
        (a) => `${a.role}|${a.entity ?? fold(a.name)}`,
      ),
    weapons:
      p.weapons ??
      unique(
        claims.flatMap((c) => c.weapons),
        (w) => w.toLowerCase(),
      ),
    casualties: p.casualties ?? picked.casualties,
    certainty: p.certainty ?? own.certainty,
    attribution: p.attribution ?? { source: own.source, via: own.via },
    confidence: Math.max(...claims.map((c) => c.confidence)),
    status: state.mergedInto ? 'merged' : state.status,
    mergedInto: state.mergedInto,
    sourceGrade: (p.sourceGrade !== undefined ? p.sourceGrade : defaultGrade) as ComposedEvent['sourceGrade'],
    documentIds: [...new Set(claims.map((c) => c.documentId))],
    figures,
    rules: [...new Set(claims.flatMap((c) => c.rules))],
  };
}

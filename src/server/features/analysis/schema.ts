/**
 * Shapes of the analysis API (network of actors, compact events for maps and timelines).
 * Zod only, so the web app can import the inferred types without pulling in the server.
 */
import { z } from 'zod';
import { EventDate, EventPlace, EventTypeCode, ReviewStatus, type StoredEvent } from '../../../domain/index.js';

export const NetworkNode = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  eventCount: z.number(),
});
export const NetworkEdge = z.object({ source: z.string(), target: z.string(), weight: z.number() });
export const Network = z.object({ nodes: z.array(NetworkNode), edges: z.array(NetworkEdge), events: z.number() });
export type Network = z.infer<typeof Network>;

/** Just what a map marker or a timeline item needs: 10,000 of them stay small. */
export const CompactEvent = z.object({
  id: z.string(),
  type: EventTypeCode,
  date: EventDate.nullable(),
  place: EventPlace.nullable(),
  actors: z.array(z.object({ entity: z.string().nullable(), name: z.string(), role: z.string() })),
  killed: z.number().nullable(),
  status: ReviewStatus,
});
export type CompactEvent = z.infer<typeof CompactEvent>;

/** The compact form of a stored event; `toCompact(event).killed` is the lowest killed figure, or null. */
export const toCompact = (e: StoredEvent): CompactEvent => ({
  id: e.id,
  type: e.type,
  date: e.date,
  place: e.place,
  actors: e.actors.map((a) => ({ entity: a.entity, name: a.name, role: a.role })),
  killed: e.casualties.killed?.min ?? null,
  status: e.status,
});
export const CompactEvents = z.object({ items: z.array(CompactEvent), total: z.number(), truncated: z.boolean() });
export type CompactEvents = z.infer<typeof CompactEvents>;

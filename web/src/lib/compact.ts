/** The compact form of a stored event that the map, timeline and charts draw. */
import type { StoredEvent } from '../../../src/domain/index.js';
import type { CompactEvent } from '../../../src/server/features/analysis/schema.js';

/** `toCompact(event).killed` → the lowest killed figure, or null. */
export const toCompact = (e: StoredEvent): CompactEvent => ({
  id: e.id,
  type: e.type,
  date: e.date,
  place: e.place,
  actors: e.actors.map((a) => ({ entity: a.entity, name: a.name, role: a.role })),
  killed: e.casualties.killed?.min ?? null,
  status: e.status,
});

/**
 * Analysis over the filtered events: actors linked through shared events (the network view) and
 * compact events for the map and timeline. Built on the store's own filtered listing, so every
 * view applies exactly the same filters as the table.
 */
import type { EventQuery, StoredEvent } from '../../../domain/index.js';
import { listEvents, type Store } from '../../../store/index.js';
import { type CompactEvents, type Network, toCompact } from './schema.js';

/** The most events one analysis request reads; beyond it the answer says `truncated`. */
export const ANALYSIS_LIMIT = 25_000;

type Filters = Partial<Omit<EventQuery, 'limit' | 'offset'>>;

async function filteredEvents(store: Store, filters: Filters): Promise<{ items: StoredEvent[]; total: number }> {
  const page = await listEvents(store.db, { ...filters, limit: ANALYSIS_LIMIT, offset: 0 });
  return { items: page.items, total: page.total };
}

/**
 * Named actors (entities) as nodes, an edge between two actors for every event they share,
 * weighted by the number of such events.
 * @example const { nodes, edges } = buildNetwork([{ actors: [a, b] }, { actors: [a, b] }]) // one edge of weight 2
 */
export function buildNetwork(events: Pick<StoredEvent, 'actors'>[]): Omit<Network, 'events'> {
  const nodes = new Map<string, { id: string; name: string; type: string; eventCount: number }>();
  const edges = new Map<string, { source: string; target: string; weight: number }>();
  for (const event of events) {
    const ids = new Map<string, { name: string; kind: string }>();
    for (const a of event.actors) if (a.entity && !ids.has(a.entity)) ids.set(a.entity, { name: a.name, kind: a.kind });
    for (const [id, a] of ids) {
      const node = nodes.get(id) ?? { id, name: a.name, type: a.kind, eventCount: 0 };
      node.eventCount++;
      nodes.set(id, node);
    }
    const sorted = [...ids.keys()].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const key = `${sorted[i]}|${sorted[j]}`;
        const edge = edges.get(key) ?? { source: sorted[i]!, target: sorted[j]!, weight: 0 };
        edge.weight++;
        edges.set(key, edge);
      }
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

export function analysisService(store: Store) {
  return {
    async network(filters: Filters): Promise<Network> {
      const { items } = await filteredEvents(store, filters);
      return { ...buildNetwork(items), events: items.length };
    },
    async compactEvents(filters: Filters): Promise<CompactEvents> {
      const { items, total } = await filteredEvents(store, filters);
      return { items: items.map(toCompact), total, truncated: total > items.length };
    },
  };
}

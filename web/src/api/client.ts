/**
 * The typed HTTP client of the web app. Types come from the shared domain module; this file only
 * knows paths. Errors carry the server's message so views can show it as it is.
 */

import type {
  DocumentDetail,
  EntityDetail,
  EntitySummary,
  EventDetail,
  EventPatch,
  NewDocument,
  Page,
  SearchHit,
  StoredDocument,
  StoredEvent,
} from '../../../src/domain/index.js';
import type { CompactEvents, Network } from '../../../src/server/features/analysis/schema.js';
import type { EntitySplitBody, EntitySplitResult } from '../../../src/server/features/review/schema.js';
import { type EventFilters, searchFromFilters } from '../lib/query.js';

export type { EventPatch };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Who is acting, until authentication exists: the server reads it from `x-vigil-user`. */
export const currentUser = (): string => localStorage.getItem('vigil.user') || 'analyst';

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('x-vigil-user', currentUser());
  if (init.body && typeof init.body === 'string') headers.set('content-type', 'application/json');
  const res = await fetch(path, { ...init, headers });
  const text = await res.text();
  const body = text ? safeJson(text) : null;
  if (!res.ok) {
    const message = errorText(body) || `${res.status} ${res.statusText}`;
    throw new ApiError(res.status, message);
  }
  return body as T;
}

/** The server answers `{ error, issues? }`; show both so a person can act on it. */
function errorText(body: unknown): string {
  if (!body || typeof body !== 'object') return '';
  const b = body as { error?: unknown; message?: unknown; issues?: unknown };
  const main = String(b.error ?? b.message ?? '');
  return Array.isArray(b.issues) && b.issues.length ? `${main}: ${b.issues.join('; ')}` : main;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { error: text.slice(0, 300) };
  }
}

const post = <T>(path: string, body: unknown = {}) => request<T>(path, { method: 'POST', body: JSON.stringify(body) });
const enc = encodeURIComponent;

export interface DuplicateCandidate {
  eventId: string;
  reasons: string[];
  score: number;
  event?: StoredEvent;
}
/** What POST /api/documents and /api/documents/upload say about each input. */
export type IngestOutcome =
  | { kind: 'saved'; input: string; documentId: string; status: string; eventIds: string[] }
  | { kind: 'failed'; input: string; error: string };
export interface IngestResponse {
  results: IngestOutcome[];
  failed: number;
}

export const api = {
  events: (filters: EventFilters, limit = 50, offset = 0) =>
    request<Page<StoredEvent>>(`/api/events?${searchFromFilters(filters, { limit, offset })}`),
  event: (id: string) => request<EventDetail>(`/api/events/${enc(id)}`),
  entities: (q: string, limit = 50, offset = 0) =>
    request<Page<EntitySummary>>(`/api/entities?q=${enc(q)}&limit=${limit}&offset=${offset}`),
  entity: (id: string) => request<EntityDetail>(`/api/entities/${enc(id)}`),
  documents: (limit = 50, offset = 0) =>
    request<Page<StoredDocument>>(`/api/documents?limit=${limit}&offset=${offset}`),
  document: (id: string) => request<DocumentDetail>(`/api/documents/${enc(id)}`),
  addDocument: (doc: NewDocument) => post<IngestResponse>('/api/documents', doc),
  uploadFiles: (files: File[]) => {
    const form = new FormData();
    for (const f of files) form.append('files', f, f.name);
    return request<IngestResponse>('/api/documents/upload', { method: 'POST', body: form });
  },
  search: (q: string) => request<SearchHit[]>(`/api/search?q=${enc(q)}`),
  network: (filters: EventFilters) => request<Network>(`/api/network?${searchFromFilters(filters)}`),
  /** every matching event in a compact form (maps, timelines); one request even for 10,000. */
  compactEvents: (filters: EventFilters) =>
    request<CompactEvents>(`/api/analysis/events?${searchFromFilters(filters)}`),

  confirm: (id: string) => post<EventDetail>(`/api/events/${enc(id)}/confirm`),
  reject: (id: string) => post<EventDetail>(`/api/events/${enc(id)}/reject`),
  edit: (id: string, patch: EventPatch) => post<EventDetail>(`/api/events/${enc(id)}/edit`, patch),
  duplicates: (id: string) => request<DuplicateCandidate[]>(`/api/events/${enc(id)}/duplicates`),
  merge: (id: string, otherId: string) => post<EventDetail>(`/api/events/${enc(id)}/merge`, { otherId }),
  split: (id: string, documentIds: string[]) =>
    post<{ eventId: string; ids: string[] }>(`/api/events/${enc(id)}/split`, { documentIds }),
  related: (id: string, otherId: string) => post<EventDetail>(`/api/events/${enc(id)}/related`, { otherId }),
  undo: (id: string, decisionId: number) => post<EventDetail>(`/api/events/${enc(id)}/undo`, { decisionId }),
  reextract: (documentId: string) =>
    post<{ documentId: string; eventIds: string[] }>(`/api/documents/${enc(documentId)}/reextract`),
  addAlias: (entityId: string, alias: string) =>
    post<EntityDetail>(`/api/entities/${enc(entityId)}/aliases`, { alias }),
  removeAlias: (entityId: string, alias: string) =>
    post<EntityDetail>(`/api/entities/${enc(entityId)}/aliases/remove`, { alias }),
  mergeEntities: (keepId: string, mergedId: string) =>
    post<EntityDetail>(`/api/entities/${enc(keepId)}/merge`, { otherId: mergedId }),
  /** moves some names of an actor (and their events) to a new actor; keep `decisionId` to undo it */
  splitEntity: (entityId: string, body: EntitySplitBody) =>
    post<EntitySplitResult>(`/api/entities/${enc(entityId)}/split`, body),
  undoEntity: (entityId: string, decisionId: number) =>
    post<EntityDetail>(`/api/entities/${enc(entityId)}/undo`, { decisionId }),
};

/**
 * Fetches every event matching the filters, page by page (the API caps a page at 1000).
 * Used by exports, the map, and the timeline; `max` bounds the work for huge selections.
 */
export async function allEvents(filters: EventFilters, max = 20_000): Promise<StoredEvent[]> {
  const first = await api.events(filters, 1000, 0);
  const items = [...first.items];
  const total = Math.min(first.total, max);
  const offsets: number[] = [];
  for (let offset = 1000; offset < total; offset += 1000) offsets.push(offset);
  // A few pages at a time: fast on a local server without flooding it.
  for (let i = 0; i < offsets.length; i += 4) {
    const pages = await Promise.all(offsets.slice(i, i + 4).map((o) => api.events(filters, 1000, o)));
    for (const p of pages) items.push(...p.items);
  }
  return items;
}

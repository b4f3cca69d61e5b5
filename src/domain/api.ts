/**
 * Shapes of the HTTP API, shared by the server (zod validation, OpenAPI) and the web app (types).
 * Stored events extend the extraction contract with review state and the claims of every source.
 */
import { z } from 'zod';
import {
  Attribution,
  Casualties,
  Certainty,
  EntityKind,
  EventActor,
  EventDate,
  EventPlace,
  EventTypeCode,
  IsoDay,
  RelationType,
} from './contract.js';
import { codes, REVIEW_STATUS, SOURCE_RELIABILITY } from './vocabularies.js';

export const ReviewStatus = z.enum(codes(REVIEW_STATUS));

/** Query-string filters of GET /api/events (also the web app's URL state). */
export const EventQuery = z.object({
  from: IsoDay.optional().describe('events ending on or after this day'),
  to: IsoDay.optional().describe('events starting on or before this day'),
  type: z.string().optional().describe('type code or class, e.g. attack or attack.suicide; comma-separated'),
  actor: z.string().optional().describe('entity id or a name/alias (case-insensitive)'),
  country: z.string().optional().describe('ISO 3166-1 alpha-2 code'),
  place: z.string().optional().describe('place, district or province name'),
  source: z.string().optional().describe('attributed source or publisher'),
  certainty: z.string().optional().describe('certainty code; comma-separated'),
  status: z.string().optional().describe('review status; comma-separated'),
  q: z.string().optional().describe('full-text query over the evidence sentences'),
  sort: z.enum(['date', '-date', 'type', 'killed', '-killed', 'confidence', '-confidence']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type EventQuery = z.infer<typeof EventQuery>;

export const StoredEvent = z.object({
  id: z.string(),
  type: EventTypeCode,
  date: EventDate.nullable(),
  place: EventPlace.nullable(),
  actors: z.array(EventActor),
  weapons: z.array(z.string()),
  casualties: Casualties,
  certainty: Certainty,
  attribution: Attribution,
  confidence: z.number(),
  status: ReviewStatus,
  documentIds: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Admiralty reliability (A–F) of the event's source: an analyst's grade, else the source's. (store) */
  sourceGrade: z.enum(codes(SOURCE_RELIABILITY)).nullable().optional(),
  /** set when status is `merged`: the event this one was merged into. (store) */
  mergedInto: z.string().nullable().optional(),
});
export type StoredEvent = z.infer<typeof StoredEvent>;

/** PATCH /api/events/:id: the fields an analyst may correct (kept as a decision, replayed on re-extraction). */
export const EventPatch = StoredEvent.pick({
  type: true,
  date: true,
  place: true,
  actors: true,
  weapons: true,
  casualties: true,
  certainty: true,
  attribution: true,
})
  .extend({ sourceGrade: z.enum(codes(SOURCE_RELIABILITY)).nullable() })
  .partial()
  .strict();
export type EventPatch = z.infer<typeof EventPatch>;

export const StoredEvidence = z.object({
  documentId: z.string(),
  documentTitle: z.string().nullable(),
  text: z.string(),
  start: z.number(),
  end: z.number(),
});

/** One source's version of an event, kept side by side with the others. */
export const SourceClaim = z.object({
  documentId: z.string(),
  source: z.string().nullable(),
  via: z.string().nullable(),
  casualties: Casualties,
  actors: z.array(EventActor),
  certainty: Certainty,
  date: EventDate.nullable(),
});

/** Which rule picked the figures shown when the sources disagree. */
export const FigureChoice = z.object({
  rule: z.string(),
  disputed: z.boolean(),
  note: z.string().nullable(),
});

export const HistoryEntry = z.object({
  id: z.number(),
  at: z.string(),
  user: z.string(),
  action: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});

export const EventDetail = StoredEvent.extend({
  evidence: z.array(StoredEvidence),
  claims: z.array(SourceClaim),
  figures: FigureChoice,
  rules: z.array(z.string()),
  history: z.array(HistoryEntry),
  /** ids of events an analyst linked as related. (store) */
  related: z.array(z.string()).optional(),
});
export type EventDetail = z.infer<typeof EventDetail>;

export const EntitySummary = z.object({
  id: z.string(),
  type: EntityKind,
  name: z.string(),
  aliases: z.array(z.string()),
  country: z.string().nullable(),
  eventCount: z.number(),
});
export type EntitySummary = z.infer<typeof EntitySummary>;

/** A relation seen from one entity: `outgoing` "Leader of ISKP", `incoming` "Leaders: Abdullah Orakzai". */
export const EntityRelation = z.object({
  type: RelationType,
  direction: z.enum(['outgoing', 'incoming']),
  entityId: z.string(),
  name: z.string(),
  documentId: z.string(),
  text: z.string(),
});
export type EntityRelation = z.infer<typeof EntityRelation>;

export const EntityDetail = EntitySummary.extend({
  aliasSources: z.array(z.object({ alias: z.string(), documentId: z.string().nullable() })),
  relations: z.array(EntityRelation),
  events: z.array(StoredEvent),
});
export type EntityDetail = z.infer<typeof EntityDetail>;

export const StoredDocument = z.object({
  id: z.string(),
  title: z.string().nullable(),
  author: z.string().nullable(),
  published: IsoDay.nullable(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  origin: z.string().describe('file path, URL or feed it came from'),
  format: z.string(),
  contentHash: z.string(),
  version: z.number(),
  ingestedAt: z.string(),
});
export type StoredDocument = z.infer<typeof StoredDocument>;

export const DocumentDetail = StoredDocument.extend({ text: z.string(), eventIds: z.array(z.string()) });
export type DocumentDetail = z.infer<typeof DocumentDetail>;

export const SearchHit = z.object({
  kind: z.enum(['document', 'event', 'entity']),
  id: z.string(),
  title: z.string(),
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** A page of results. */
export const page = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), total: z.number(), limit: z.number(), offset: z.number() });
export type Page<T> = { items: T[]; total: number; limit: number; offset: number };

/** POST /api/documents: text, HTML or a URL to fetch. */
export const NewDocument = z
  .object({
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().url().optional(),
    title: z.string().optional(),
    published: IsoDay.optional(),
    publisher: z.string().optional(),
  })
  .refine((d) => [d.text, d.html, d.url].filter((x) => x !== undefined).length === 1, {
    message: 'give exactly one of text, html or url',
  });
export type NewDocument = z.infer<typeof NewDocument>;

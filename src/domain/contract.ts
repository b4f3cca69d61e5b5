/**
 * The extraction contract: what `vigil extract` prints and what the store takes in.
 * Every part of Vigil (extractor, ingest, store, API, web app) uses these schemas and the
 * types inferred from them; nothing re-declares them.
 */
import { z } from 'zod';
import { EVENT_TYPE_CODES } from './event-types.js';
import {
  ACTOR_KINDS,
  CASUALTY_KINDS,
  CERTAINTY,
  codes,
  DATE_PRECISION,
  ENTITY_KINDS,
  ISO_DAY,
  PLACE_PRECISION,
  RELATION_TYPES,
  ROLES,
} from './vocabularies.js';

export const IsoDay = z.string().regex(ISO_DAY, 'expected an ISO day YYYY-MM-DD');

export const EventTypeCode = z.enum(EVENT_TYPE_CODES);
export const Role = z.enum(codes(ROLES));
export const EntityKind = z.enum(codes(ENTITY_KINDS));
export const ActorKind = z.enum(codes(ACTOR_KINDS));
export const Certainty = z.enum(codes(CERTAINTY));
export const RelationType = z.enum(codes(RELATION_TYPES));
export const DatePrecision = z.enum(codes(DATE_PRECISION));
export const PlacePrecision = z.enum(codes(PLACE_PRECISION));

/** A document as Vigil keeps it: metadata plus the clean body text all offsets point into. */
export const DocumentMeta = z.object({
  title: z.string().nullable(),
  author: z.string().nullable(),
  published: IsoDay.nullable(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
});
export const ExtractedDocument = DocumentMeta.extend({ text: z.string() });

/** When: `start`..`end` inclusive ISO days, with how precise the text was and the words it used. */
export const EventDate = z.object({
  start: IsoDay,
  end: IsoDay,
  precision: DatePrecision,
  text: z.string(),
});

/** Where: the most precise place the event's own sentence(s) give. lat/lon null below point precision. */
export const EventPlace = z.object({
  name: z.string(),
  admin2: z.string().nullable(),
  admin1: z.string().nullable(),
  country: z.string().length(2).nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  precision: PlacePrecision,
  text: z.string(),
});

export const EventActor = z.object({
  role: Role,
  /** id into `entities`, or null for an unnamed group ("unknown gunmen", "civilians"). */
  entity: z.string().nullable(),
  /** canonical name (the entity's name, or the normalised group description). */
  name: z.string(),
  /** the words as written in the text. */
  mention: z.string(),
  kind: ActorKind,
});

/** A count as a range: "at least six" → {min: 6, max: null}; "about 500" → {min: 500, max: 500}. */
export const Count = z.object({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative().nullable() });
export const Casualties = z.object(
  Object.fromEntries(CASUALTY_KINDS.map((k) => [k, Count.nullable()])) as Record<
    (typeof CASUALTY_KINDS)[number],
    z.ZodNullable<typeof Count>
  >,
);

/** Who says so: the source making the statement, and the outlet through which it reached the author. */
export const Attribution = z.object({ source: z.string().nullable(), via: z.string().nullable() });

/** A sentence (or span) of `document.text` that supports the event; offsets are UTF-16 code units. */
export const Evidence = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const ExtractedEvent = z.object({
  id: z.string(),
  type: EventTypeCode,
  date: EventDate.nullable(),
  place: EventPlace.nullable(),
  actors: z.array(EventActor),
  weapons: z.array(z.string()),
  casualties: Casualties,
  certainty: Certainty,
  attribution: Attribution,
  evidence: z.array(Evidence).min(1),
  confidence: z.number().min(0).max(1),
  /** ids of the extraction rules that produced this event and its fields, so a reviewer can see why. */
  rules: z.array(z.string()).default([]),
});

export const ExtractedEntity = z.object({
  id: z.string(),
  type: EntityKind,
  name: z.string(),
  aliases: z.array(z.string()),
  country: z.string().length(2).nullable(),
});

/** "ISKP leader Abdullah Orakzai" → {type: leader_of, subject: Orakzai's id, object: ISKP's id}, with its sentence. */
export const ExtractedRelation = z.object({
  type: RelationType,
  subject: z.string(),
  object: z.string(),
  evidence: Evidence,
  rule: z.string(),
});

/** `vigil extract FILE --json` prints one of these. */
export const ExtractionResult = z.object({
  document: ExtractedDocument,
  events: z.array(ExtractedEvent),
  entities: z.array(ExtractedEntity),
  /** links between entities the text states (membership, leadership); absent means none. */
  relations: z.array(ExtractedRelation).optional(),
  /** what the extractor could not do ("no publication date: relative dates left unresolved"). */
  warnings: z.array(z.string()).default([]),
});

/** `vigil extract --batch`: one input line … */
export const BatchInput = z.object({ id: z.string(), text: z.string(), published: IsoDay.nullish() });
/** … and one output line per input, in order. */
export const BatchOutput = z.object({
  id: z.string(),
  events: z.array(ExtractedEvent),
  entities: z.array(ExtractedEntity),
  relations: z.array(ExtractedRelation).optional(),
  warnings: z.array(z.string()).default([]),
});

export type DocumentMeta = z.infer<typeof DocumentMeta>;
export type ExtractedDocument = z.infer<typeof ExtractedDocument>;
export type EventDate = z.infer<typeof EventDate>;
export type EventPlace = z.infer<typeof EventPlace>;
export type EventActor = z.infer<typeof EventActor>;
export type Count = z.infer<typeof Count>;
export type Casualties = z.infer<typeof Casualties>;
export type Attribution = z.infer<typeof Attribution>;
export type Evidence = z.infer<typeof Evidence>;
export type ExtractedEvent = z.infer<typeof ExtractedEvent>;
export type ExtractedEntity = z.infer<typeof ExtractedEntity>;
export type ExtractedRelation = z.infer<typeof ExtractedRelation>;
export type RelationType = z.infer<typeof RelationType>;
export type ExtractionResult = z.infer<typeof ExtractionResult>;
export type BatchInput = z.infer<typeof BatchInput>;
export type BatchOutput = z.infer<typeof BatchOutput>;
export type Role = z.infer<typeof Role>;
export type Certainty = z.infer<typeof Certainty>;
export type EntityKind = z.infer<typeof EntityKind>;
export type ActorKind = z.infer<typeof ActorKind>;
export type EventTypeCode = z.infer<typeof EventTypeCode>;

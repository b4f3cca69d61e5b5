import type { Kysely } from 'kysely';
import type { DecisionsTable, SourcesTable } from './tables/decisions.table.js';
import type { DocumentsTable, IngestFailuresTable, SentencesTable } from './tables/documents.table.js';
import type { EntitiesTable, EntityAliasesTable, EntityRelationsTable } from './tables/entities.table.js';
import type {
  EventActorsTable,
  EventClaimsTable,
  EventEvidenceTable,
  EventLinksTable,
  EventsTable,
} from './tables/events.table.js';

/** Every table of the store, as Kysely sees it. */
export interface Database {
  documents: DocumentsTable;
  sentences: SentencesTable;
  ingest_failures: IngestFailuresTable;
  event_claims: EventClaimsTable;
  event_evidence: EventEvidenceTable;
  events: EventsTable;
  event_actors: EventActorsTable;
  event_links: EventLinksTable;
  entities: EntitiesTable;
  entity_aliases: EntityAliasesTable;
  entity_relations: EntityRelationsTable;
  decisions: DecisionsTable;
  sources: SourcesTable;
}

/** The handle every repository function takes first: the store's db or a transaction of it. */
export type Db = Kysely<Database>;

/** Relations between entities (membership, leadership), each with the document sentence that states it. */
import type { Kysely, Migration } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema, they cannot be typed by it.
type AnyDb = Kysely<any>;

export const entityRelations: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('entity_relations')
      .addColumn('subject_id', 'text', (c) => c.notNull().references('entities.id').onDelete('cascade'))
      .addColumn('object_id', 'text', (c) => c.notNull().references('entities.id').onDelete('cascade'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('start', 'integer', (c) => c.notNull())
      .addColumn('end', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('entity_relations_subject_idx').on('entity_relations').column('subject_id').execute();
    await db.schema.createIndex('entity_relations_object_idx').on('entity_relations').column('object_id').execute();
    await db.schema.createIndex('entity_relations_document_idx').on('entity_relations').column('document_id').execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropTable('entity_relations').execute();
  },
};

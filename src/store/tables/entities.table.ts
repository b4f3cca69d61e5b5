/** Row types of actors, people and places, and the names they go by. */
export interface EntitiesTable {
  id: string;
  type: string;
  name: string;
  /** case- and diacritics-folded name, for resolution */
  name_key: string;
  country: string | null;
  /** set when an analyst merged this entity into another */
  merged_into: string | null;
  created_at: string;
}

export interface EntityAliasesTable {
  entity_id: string;
  alias: string;
  alias_key: string;
  /** the document the alias was learned from, or null for the knowledge base / an analyst */
  document_id: string | null;
}

/** A relation the text states between two entities, kept with the sentence that states it. */
export interface EntityRelationsTable {
  subject_id: string;
  object_id: string;
  type: string;
  document_id: string;
  start: number;
  end: number;
  text: string;
}

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

/**
 * Event row types. The MACHINE layer is `event_claims` + `event_evidence` (one claim per machine
 * event, i.e. per document); `events` and `event_actors` hold the SHOWN values, rebuilt from the
 * claims with the analyst decisions replayed on top.
 */

/** What one document says about one event. JSON columns are serialised text on both dialects. */
export interface EventClaimsTable {
  event_id: string;
  document_id: string;
  type: string;
  date_json: string | null;
  place_json: string | null;
  actors_json: string;
  weapons_json: string;
  casualties_json: string;
  certainty: string;
  source: string | null;
  via: string | null;
  confidence: number;
  rules_json: string;
  extracted_at: string;
}

export interface EventEvidenceTable {
  event_id: string;
  document_id: string;
  start: number;
  end: number;
  text: string;
}

/** The shown event: claims merged by the figures rule, analyst decisions applied. */
export interface EventsTable {
  id: string;
  type: string;
  type_class: string;
  date_start: string | null;
  date_end: string | null;
  date_json: string | null;
  place_json: string | null;
  place_key: string | null;
  admin1_key: string | null;
  admin2_key: string | null;
  country: string | null;
  actors_json: string;
  weapons_json: string;
  casualties_json: string;
  /** lowest killed figure shown, for sorting */
  killed: number | null;
  certainty: string;
  source: string | null;
  via: string | null;
  /** `|tass|pajhwok|`: folded sources, vias and publishers of every claim, for the source filter */
  source_keys: string;
  /** folded type label, place and actor names, for name search */
  search_key: string;
  confidence: number;
  status: string;
  merged_into: string | null;
  source_grade: string | null;
  figures_json: string;
  document_ids_json: string;
  rules_json: string;
  created_at: string;
  updated_at: string;
}

export interface EventActorsTable {
  event_id: string;
  entity_id: string | null;
  role: string;
  mention: string;
  kind: string;
  name: string;
  name_key: string;
}

/** "Related" links between events (not the same event, but connected), kept as pairs a < b. */
export interface EventLinksTable {
  a_id: string;
  b_id: string;
  decision_id: number;
}

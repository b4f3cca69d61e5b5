/** Shapes of the knowledge the extractor resolves names against. */

export interface PlaceEntry {
  id: string;
  name: string;
  kind: 'city' | 'admin2' | 'admin1' | 'country';
  /** ISO 3166-1 alpha-2 */
  country: string;
  /** name of the province the place is in (or is) */
  admin1: string | null;
  /** name of the district the place is in */
  admin2: string | null;
  lat: number | null;
  lon: number | null;
  /** higher = more prominent: countries 100+, capitals 90+, province seats 70+, focus countries +20 */
  rank: number;
  /** set when a name of this place is also a common person's name ("person-name:victoria"); treat with care */
  caution?: string;
}

export interface Gazetteer {
  /** all entries for an exact normalised name (incl. variant spellings), best first */
  lookup(normalized: string): PlaceEntry[];
  /** whether some name begins with these words (for n-gram scanning) */
  startsKey(normalized: string): boolean;
  /** longest name in words, for n-gram scanning */
  maxWords: number;
  country(iso2: string): PlaceEntry | undefined;
}

export type ActorCategory =
  | 'armed_group'
  | 'state_security'
  | 'government'
  | 'political'
  | 'media'
  | 'international'
  | 'criminal'
  | 'person';

export interface ActorEntry {
  id: string;
  name: string;
  kind: 'organization' | 'person';
  category: ActorCategory;
  country: string | null;
  aliases: string[];
  /** id of the organization this one belongs to (a faction, wing or branch) */
  parent?: string;
  /**
   * Regional branches a generic mention of this actor means where they operate: "Islamic State
   * fighters" in an Afghan or Pakistani story are ISKP's. `areas` are ISO 3166-1 alpha-2 codes.
   */
  branches?: { areas: string[]; name: string }[];
  note?: string;
}

export interface ActorKb {
  lookup(normalized: string): ActorEntry | undefined;
  startsKey(normalized: string): boolean;
  all(): ActorEntry[];
  maxWords: number;
}

export interface SourceEntry {
  id: string;
  name: string;
  aliases: string[];
  kind: 'news' | 'agency' | 'government' | 'think_tank' | 'group_media';
  /** Admiralty source-reliability default, before an analyst grades the report */
  reliability: 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
}

export interface SourceKb {
  lookup(normalized: string): SourceEntry | undefined;
  startsKey(normalized: string): boolean;
  maxWords: number;
  all(): SourceEntry[];
}

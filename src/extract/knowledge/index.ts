/**
 * The knowledge the extractor resolves names against: places, actors, sources, nationalities.
 * Every lookup takes a key already passed through `normalizeName`.
 */
export { getActorKb } from './actors.js';
export { getGazetteer } from './gazetteer.js';
export { NATIONALITIES } from './nationalities.js';
export { normalizeName, wordCount } from './normalize.js';
export { getSources } from './sources.js';
export type {
  ActorCategory,
  ActorEntry,
  ActorKb,
  Gazetteer,
  PlaceEntry,
  SourceEntry,
  SourceKb,
} from './types.js';

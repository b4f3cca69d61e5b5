/**
 * The knowledge the engine uses unless a caller hands in its own: the tables of ./knowledge,
 * loaded once on first use.
 */
import { getActorKb, getGazetteer, getSources, NATIONALITIES, normalizeName } from './knowledge/index.js';
import type { Knowledge } from './knowledge-port.js';

let loaded: Knowledge | undefined;

/** `defaultKnowledge().gazetteer.lookup('kabul')[0]?.country` → "AF". */
export function defaultKnowledge(): Knowledge {
  loaded ??= {
    normalizeName,
    gazetteer: getGazetteer(),
    actors: getActorKb(),
    sources: getSources(),
    nationalities: NATIONALITIES,
  };
  return loaded;
}

/**
 * The knowledge the engine uses unless a caller hands in its own: the tables of ./knowledge,
 * loaded once on first use.
 */
import { getGazetteer } from './knowledge/gazetteer.js';
import { normalizeName } from './knowledge/normalize.js';
import type { Knowledge } from './knowledge-port.js';

let loaded: Knowledge | undefined;

/** `defaultKnowledge().gazetteer.lookup('kabul')[0]?.country` → "AF". */
export function defaultKnowledge(): Knowledge {
  loaded ??= {
    normalizeName,
    gazetteer: getGazetteer(),
    // TODO(knowledge): switch to getActorKb()/getSources()/NATIONALITIES from ./knowledge/index.js once it lands
    actors: { lookup: () => undefined, maxWords: 1 },
    sources: { lookup: () => undefined, maxWords: 1 },
    nationalities: {},
  };
  return loaded;
}

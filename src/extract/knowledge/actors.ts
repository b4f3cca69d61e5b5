/** The actor knowledge base: armed groups, state forces, governments and people, with their aliases. */
import { type AliasIndex, buildAliasIndex } from './alias-index.js';
import { readDataFile } from './data-file.js';
import type { ActorEntry, ActorKb } from './types.js';

let singleton: (ActorKb & Pick<AliasIndex<ActorEntry>, 'collisions'>) | undefined;

/**
 * The actor KB, loaded once from data/actors.json.
 * @example getActorKb().lookup('isis k')?.id // → 'iskp'
 */
export function getActorKb(): ActorKb & Pick<AliasIndex<ActorEntry>, 'collisions'> {
  if (!singleton) {
    const actors = readDataFile<{ actors: ActorEntry[] }>('actors.json').actors;
    singleton = { ...buildAliasIndex(actors), all: () => actors };
  }
  return singleton;
}

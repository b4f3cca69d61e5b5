/** The source knowledge base: agencies, outlets and bodies that reports cite, with an Admiralty reliability default. */
import { type AliasIndex, buildAliasIndex } from './alias-index.js';
import { readDataFile } from './data-file.js';
import type { SourceEntry, SourceKb } from './types.js';

let singleton: (SourceKb & Pick<AliasIndex<SourceEntry>, 'collisions'>) | undefined;

/**
 * The source KB, loaded once from data/sources.json.
 * @example getSources().lookup('rfe rl')?.reliability // → 'B'
 */
export function getSources(): SourceKb & Pick<AliasIndex<SourceEntry>, 'collisions'> {
  if (!singleton) {
    const sources = readDataFile<{ sources: SourceEntry[] }>('sources.json').sources;
    singleton = { ...buildAliasIndex(sources), all: () => sources };
  }
  return singleton;
}

/**
 * An index from normalised names to entries, shared by the actor and source knowledge bases.
 * Each entry is found under its name and every alias; a key claimed by two entries is a data
 * error, kept in `collisions` (tests require it to be empty) and resolved to the first entry.
 */
import { wordPrefixes } from '../ngrams.js';
import { keyTable } from './key-table.js';
import { normalizeName, wordCount } from './normalize.js';

export interface AliasIndex<T> {
  lookup(normalized: string): T | undefined;
  /** whether some key begins with these words */
  startsKey(normalized: string): boolean;
  maxWords: number;
  /** normalised keys claimed by more than one entry, with the ids that claim them */
  collisions: { key: string; ids: string[] }[];
}

/**
 * @example buildAliasIndex([{ id: 'ttp', name: 'TTP', aliases: ['Pakistani Taliban'] }]).lookup('pakistani taliban')?.id // → 'ttp'
 */
export function buildAliasIndex<T extends { id: string; name: string; aliases: string[] }>(
  entries: T[],
): AliasIndex<T> {
  const byKey = new Map<string, T>();
  const collisions: { key: string; ids: string[] }[] = [];
  let maxWords = 1;
  for (const entry of entries) {
    for (const key of new Set([entry.name, ...entry.aliases].map(normalizeName))) {
      if (!key) continue;
      const holder = byKey.get(key);
      if (holder && holder.id !== entry.id) collisions.push({ key, ids: [holder.id, entry.id] });
      if (!holder) byKey.set(key, entry);
      maxWords = Math.max(maxWords, wordCount(key));
    }
  }
  // null: these words only begin longer keys (one probe answers startsKey, as in the gazetteer). A
  // typed-array key table, not a Map: every word of every document is probed, and a Map's buckets
  // and key strings have left the cache by the time the next document comes.
  const keys = keyTable(byKey.size * 2);
  const values: (T | null)[] = [];
  for (const [key, entry] of byKey) values[keys.intern(key)] = entry;
  for (const prefix of wordPrefixes(byKey.keys())) if (keys.find(prefix) < 0) values[keys.intern(prefix)] = null;
  return {
    lookup: (normalized) => values[keys.find(normalized)] ?? undefined,
    startsKey: (n) => keys.find(n) >= 0,
    maxWords,
    collisions,
  };
}

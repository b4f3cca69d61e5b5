/**
 * The knowledge the extractor consults, as an interface. The real tables live in ./knowledge/
 * (gazetteer, actor KB, news sources, nationalities); stages receive them through this port so
 * that tests can hand in a few rows of their own.
 */
import type { ActorEntry, PlaceEntry, SourceEntry } from './knowledge/types.js';
import { wordTable } from './lexicons/word-table.js';

export type { ActorEntry, PlaceEntry, SourceEntry };

export interface Knowledge {
  normalizeName(s: string): string;
  gazetteer: {
    lookup(normalized: string): PlaceEntry[];
    /** whether some name begins with these words; scanning stops early where none does */
    startsKey?(normalized: string): boolean;
    maxWords: number;
    country(iso2: string): PlaceEntry | undefined;
  };
  actors: {
    lookup(normalized: string): ActorEntry | undefined;
    startsKey?(normalized: string): boolean;
    maxWords: number;
  };
  sources: {
    lookup(normalized: string): SourceEntry | undefined;
    startsKey?(normalized: string): boolean;
    maxWords: number;
  };
  nationalities: Record<string, string>;
}

/** Folds case and accents and squeezes spaces: `simpleNormalize(' Kābul ')` → "kabul". */
export function simpleNormalize(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Knowledge built from small in-memory tables: for tests, and as the fallback when no tables load. */
export function tableKnowledge(tables: {
  places?: PlaceEntry[];
  actors?: ActorEntry[];
  sources?: SourceEntry[];
  nationalities?: Record<string, string>;
}): Knowledge {
  const index = <T>(rows: T[], names: (r: T) => string[]) => {
    const map = new Map<string, T[]>();
    let maxWords = 1;
    for (const r of rows)
      for (const n of names(r)) {
        const key = simpleNormalize(n);
        if (!key) continue;
        maxWords = Math.max(maxWords, key.split(' ').length);
        const list = map.get(key) ?? [];
        list.push(r);
        map.set(key, list);
      }
    return { map, maxWords };
  };
  const places = index(tables.places ?? [], (p) => [p.name]);
  const actors = index(tables.actors ?? [], (a) => [a.name, ...a.aliases]);
  const sources = index(tables.sources ?? [], (s) => [s.name, ...s.aliases]);
  return {
    normalizeName: simpleNormalize,
    gazetteer: {
      lookup: (n) => places.map.get(n) ?? [],
      maxWords: places.maxWords,
      country: (iso2) => (tables.places ?? []).find((p) => p.kind === 'country' && p.country === iso2),
    },
    actors: { lookup: (n) => actors.map.get(n)?.[0], maxWords: actors.maxWords },
    sources: { lookup: (n) => sources.map.get(n)?.[0], maxWords: sources.maxWords },
    nationalities: wordTable(tables.nationalities ?? {}),
  };
}

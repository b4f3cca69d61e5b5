/**
 * The place gazetteer: GeoNames towns and admin units merged with our variant spellings, built by
 * scripts/build-gazetteer.mjs into data/gazetteer.json and indexed here on first use.
 */
import { readDataFile } from './data-file.js';
import type { Gazetteer, PlaceEntry } from './types.js';

type Row = [string, string, string, string, number, number, number | null, number | null, number, string, string?];
interface GazetteerFile {
  maxWords: number;
  kinds: Record<PlaceEntry['kind'], string>;
  admins: string[];
  places: Row[];
}

let singleton: Gazetteer | undefined;

/**
 * The gazetteer, loaded once (about 0.3 s, 100 MB).
 * @example getGazetteer().lookup('konar')[0]?.name // → 'Kunar'
 */
export function getGazetteer(): Gazetteer {
  singleton ??= buildGazetteer(readDataFile<GazetteerFile>('gazetteer.json'));
  return singleton;
}

const NONE: readonly PlaceEntry[] = Object.freeze([]);

/** Indexes the rows of a gazetteer file; rows come sorted best first, so each key's list is too. */
export function buildGazetteer(file: GazetteerFile): Gazetteer {
  const kindOf = new Map(Object.entries(file.kinds).map(([kind, code]) => [code, kind as PlaceEntry['kind']]));
  const byKey = new Map<string, PlaceEntry[]>();
  const countries = new Map<string, PlaceEntry>();
  for (const [id, name, kindCode, country, a1, a2, lat, lon, rank, keys, caution] of file.places) {
    const entry: PlaceEntry = {
      id,
      name,
      kind: kindOf.get(kindCode) ?? 'city',
      country,
      admin1: file.admins[a1] ?? null,
      admin2: file.admins[a2] ?? null,
      lat,
      lon,
      rank,
    };
    if (caution) entry.caution = caution;
    if (entry.kind === 'country') countries.set(country, entry);
    for (const key of keys === '' ? [name.toLowerCase()] : keys.split('|')) {
      const list = byKey.get(key);
      if (list) list.push(entry);
      else byKey.set(key, [entry]);
    }
  }
  return {
    lookup: (normalized) => (byKey.get(normalized) ?? NONE) as PlaceEntry[],
    maxWords: file.maxWords,
    country: (iso2) => countries.get(iso2.toUpperCase()),
  };
}

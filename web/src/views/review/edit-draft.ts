/**
 * The edit form's flat draft (all strings, as inputs hold them) and its conversion to an event patch,
 * with checks a person can act on ("end before start").
 */
import type { Count, EventActor, StoredEvent } from '../../../../src/domain/index.js';
import { CASUALTY_KINDS } from '../../../../src/domain/vocabularies.js';
import type { EventPatch } from '../../api/client.js';

type CountKeys = `${(typeof CASUALTY_KINDS)[number]}${'Min' | 'Max'}`;
export type Draft = {
  type: string;
  certainty: string;
  sourceGrade: string;
  source: string;
  via: string;
  dateStart: string;
  dateEnd: string;
  datePrecision: string;
  dateText: string;
  placeName: string;
  admin2: string;
  admin1: string;
  country: string;
  lat: string;
  lon: string;
  placePrecision: string;
  actors: EventActor[];
} & Record<CountKeys, string>;

const str = (v: number | string | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** The draft of a stored event. */
export function toDraft(e: StoredEvent): Draft {
  const counts = Object.fromEntries(
    CASUALTY_KINDS.flatMap((k) => [
      [`${k}Min`, str(e.casualties[k]?.min)],
      [`${k}Max`, e.casualties[k] ? str(e.casualties[k]?.max) : ''],
    ]),
  ) as Record<CountKeys, string>;
  return {
    type: e.type,
    certainty: e.certainty,
    sourceGrade: e.sourceGrade ?? '',
    source: str(e.attribution.source),
    via: str(e.attribution.via),
    dateStart: str(e.date?.start),
    dateEnd: str(e.date?.end),
    datePrecision: e.date?.precision ?? 'day',
    dateText: e.date?.text ?? '',
    placeName: str(e.place?.name),
    admin2: str(e.place?.admin2),
    admin1: str(e.place?.admin1),
    country: str(e.place?.country),
    lat: str(e.place?.lat),
    lon: str(e.place?.lon),
    placePrecision: e.place?.precision ?? 'point',
    actors: e.actors.map((a) => ({ ...a })),
    ...counts,
  };
}

const num = (s: string): number | null => (s.trim() === '' ? null : Number(s));

/**
 * The patch for a draft, or the first problem found.
 * @example toPatch({ ...draft, dateStart: '2024-05-02', dateEnd: '2024-05-01' }) // → { error: 'The date ends before it starts.' }
 */
export function toPatch(d: Draft): { patch: EventPatch } | { error: string } {
  if (d.dateStart && !d.dateEnd) d = { ...d, dateEnd: d.dateStart };
  if (d.dateStart && d.dateEnd < d.dateStart) return { error: 'The date ends before it starts.' };
  const lat = num(d.lat);
  const lon = num(d.lon);
  if (
    (lat !== null && (Number.isNaN(lat) || Math.abs(lat) > 90)) ||
    (lon !== null && (Number.isNaN(lon) || Math.abs(lon) > 180))
  )
    return { error: 'Latitude must be within ±90 and longitude within ±180.' };
  if (d.country && !/^[A-Za-z]{2}$/.test(d.country))
    return { error: 'Country must be a two-letter ISO code, e.g. AF.' };
  const casualties: Record<string, Count | null> = {};
  for (const k of CASUALTY_KINDS) {
    const min = num(d[`${k}Min`]);
    const max = num(d[`${k}Max`]);
    if ((min !== null && (!Number.isInteger(min) || min < 0)) || (max !== null && (!Number.isInteger(max) || max < 0)))
      return { error: `The ${k} figures must be whole numbers.` };
    if (min !== null && max !== null && max < min) return { error: `The ${k} maximum is below the minimum.` };
    casualties[k] = min === null ? null : { min, max };
  }
  const actors = d.actors.filter((a) => a.name.trim());
  return {
    patch: {
      type: d.type as EventPatch['type'],
      certainty: d.certainty as EventPatch['certainty'],
      sourceGrade: (d.sourceGrade || null) as EventPatch['sourceGrade'],
      attribution: { source: d.source.trim() || null, via: d.via.trim() || null },
      date: d.dateStart
        ? { start: d.dateStart, end: d.dateEnd, precision: d.datePrecision as 'day', text: d.dateText || d.dateStart }
        : null,
      place: d.placeName.trim()
        ? {
            name: d.placeName.trim(),
            admin2: d.admin2.trim() || null,
            admin1: d.admin1.trim() || null,
            country: d.country.trim().toUpperCase() || null,
            lat: d.placePrecision === 'point' ? lat : null,
            lon: d.placePrecision === 'point' ? lon : null,
            precision: d.placePrecision as 'point',
            text: d.placeName.trim(),
          }
        : null,
      casualties: casualties as StoredEvent['casualties'],
      actors: actors.map((a) => ({ ...a, name: a.name.trim(), mention: a.mention || a.name.trim() })),
    },
  };
}

/**
 * The scored fields, as data: each says which slot values an event fills (`gold` / `pred`) and
 * when a predicted value counts as the gold one (`same`). An event with no value fills no slot.
 */
import { canonicalName, normalise, sameSource } from './gold-score.mjs';

const equal = (a, b) => a === b;
const some = (value) => (value === null || value === undefined || value === '' ? [] : [value]);
const classOf = (type) => String(type).split('.')[0];

const casualtyField = (kind) => ({
  id: `numbers.${kind}`,
  label: `${kind} (min)`,
  gold: (e) => some(e.casualties?.[kind]?.min),
  pred: (e) => some(e.casualties?.[kind]?.min),
  same: equal,
});

const actorKey = (a) => `${a.role}|${canonicalName(a.name)}`;

export const FIELDS = [
  {
    id: 'detection',
    label: 'event (class)',
    gold: (e) => [classOf(e.type)],
    pred: (e) => [classOf(e.type)],
    same: equal,
  },
  { id: 'type', label: 'type (code)', gold: (e) => [e.type], pred: (e) => [e.type], same: equal },
  {
    id: 'date',
    label: 'date (start in range)',
    gold: (e) => (e.date ? [e.date] : []),
    pred: (e) => some(e.date?.start),
    same: (g, start) => start >= g.start && start <= g.end,
  },
  {
    id: 'place.country',
    label: 'place country',
    gold: (e) => some(e.place?.country?.toUpperCase()),
    pred: (e) => some(e.place?.country?.toUpperCase()),
    same: equal,
  },
  {
    id: 'place.admin1',
    label: 'place admin1',
    gold: (e) => some(e.place?.admin1 && normalise(e.place.admin1)),
    pred: (e) => some(e.place?.admin1 && normalise(e.place.admin1)),
    same: equal,
  },
  {
    id: 'place.name',
    label: 'place name',
    gold: (e) => some(e.place?.name && normalise(e.place.name)),
    pred: (e) => some(e.place?.name && normalise(e.place.name)),
    same: equal,
  },
  {
    id: 'actors',
    label: 'actors (role+name)',
    gold: (e) => (e.actors ?? []).map(actorKey),
    pred: (e) => (e.actors ?? []).map(actorKey),
    same: equal,
  },
  ...['killed', 'injured', 'arrested', 'kidnapped'].map(casualtyField),
  {
    id: 'source',
    label: 'source',
    gold: (e) => some(e.attribution?.source),
    pred: (e) => some(e.attribution?.source),
    same: sameSource,
  },
  { id: 'certainty', label: 'certainty', gold: (e) => [e.certainty], pred: (e) => [e.certainty], same: equal },
];

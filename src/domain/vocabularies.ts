/**
 * The small closed vocabularies of the domain, as data with labels. zod enums and TS types
 * are derived from the `as const` arrays below; the UI reads the labels from here.
 */

/** A calendar day as the contract writes it: `2021-10-20`. */
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Roles an actor can play in an event. */
export const ROLES = [
  { code: 'perpetrator', label: 'Perpetrator', definition: 'Carried out the act.' },
  { code: 'target', label: 'Target', definition: 'Object or institution aimed at (building, convoy, force).' },
  { code: 'victim', label: 'Victim', definition: 'People killed, hurt, seized or harmed.' },
  { code: 'arresting_party', label: 'Arresting party', definition: 'Force that detained someone.' },
  { code: 'detainee', label: 'Detainee', definition: 'Person or group detained or surrendering.' },
  { code: 'claimant', label: 'Claimant', definition: 'Claimed responsibility for the act.' },
] as const;

/**
 * Relations between entities, read from the text ("ISKP leader Abdullah Orakzai"): subject → object,
 * with the label of each direction so an actor profile can say "Leader of ISKP" and "Leaders: …".
 */
export const RELATION_TYPES = [
  { code: 'member_of', label: 'Member of', reverseLabel: 'Members' },
  { code: 'leader_of', label: 'Leader of', reverseLabel: 'Leaders' },
  { code: 'faction_of', label: 'Faction of', reverseLabel: 'Factions' },
] as const;

/** Kinds of stored entity. */
export const ENTITY_KINDS = [
  { code: 'organization', label: 'Organization' },
  { code: 'person', label: 'Person' },
  { code: 'place', label: 'Place' },
] as const;

/** Kinds of actor mention in an event: a named organization or person, or an unnamed group ("gunmen"). */
export const ACTOR_KINDS = [
  { code: 'organization', label: 'Organization' },
  { code: 'person', label: 'Person' },
  { code: 'group', label: 'Unnamed group' },
] as const;

/** How sure the text is that the event happened as told. */
export const CERTAINTY = [
  {
    code: 'confirmed',
    label: 'Confirmed',
    definition: 'Stated as fact by the author or an authority with direct knowledge.',
  },
  { code: 'reported', label: 'Reported', definition: 'Reported by a source ("according to", "said").' },
  { code: 'claimed', label: 'Claimed', definition: 'Claimed by an interested party, typically the perpetrator.' },
  { code: 'alleged', label: 'Alleged', definition: 'Suspected or alleged ("allegedly", "suspected").' },
  { code: 'denied', label: 'Denied', definition: 'Denied or negated ("denied", "did not").' },
  { code: 'hypothetical', label: 'Hypothetical', definition: 'Planned, feared, possible or conditional.' },
] as const;

/** How precise a date is. */
export const DATE_PRECISION = [
  { code: 'day', label: 'Day' },
  { code: 'week', label: 'Week' },
  { code: 'month', label: 'Month' },
  { code: 'year', label: 'Year' },
  { code: 'range', label: 'Range' },
] as const;

/** How precise a place is: a point (town, village), a district, a province, a country. */
export const PLACE_PRECISION = [
  { code: 'point', label: 'Town or site' },
  { code: 'admin2', label: 'District' },
  { code: 'admin1', label: 'Province' },
  { code: 'country', label: 'Country' },
] as const;

/** Admiralty (NATO) source reliability grades. */
export const SOURCE_RELIABILITY = [
  { code: 'A', label: 'Completely reliable' },
  { code: 'B', label: 'Usually reliable' },
  { code: 'C', label: 'Fairly reliable' },
  { code: 'D', label: 'Not usually reliable' },
  { code: 'E', label: 'Unreliable' },
  { code: 'F', label: 'Reliability cannot be judged' },
] as const;

/** Admiralty (NATO) information credibility grades. */
export const INFO_CREDIBILITY = [
  { code: '1', label: 'Confirmed by other sources' },
  { code: '2', label: 'Probably true' },
  { code: '3', label: 'Possibly true' },
  { code: '4', label: 'Doubtful' },
  { code: '5', label: 'Improbable' },
  { code: '6', label: 'Truth cannot be judged' },
] as const;

/** Review state of a machine proposal. */
export const REVIEW_STATUS = [
  { code: 'proposed', label: 'Proposed by the machine' },
  { code: 'confirmed', label: 'Confirmed by an analyst' },
  { code: 'edited', label: 'Edited by an analyst' },
  { code: 'rejected', label: 'Rejected' },
  { code: 'merged', label: 'Merged into another event' },
] as const;

/** Casualty counts an event carries. */
export const CASUALTY_KINDS = ['killed', 'injured', 'arrested', 'kidnapped'] as const;

type Coded = readonly { code: string }[];
/** The codes of a vocabulary as a non-empty tuple, ready for `z.enum`. */
export const codes = <T extends Coded>(vocab: T) =>
  vocab.map((v) => v.code) as unknown as [T[number]['code'], ...T[number]['code'][]];
/** `labelOf(CERTAINTY, 'claimed')` → "Claimed". */
export const labelOf = (vocab: readonly { code: string; label: string }[], code: string): string =>
  vocab.find((v) => v.code === code)?.label ?? code;

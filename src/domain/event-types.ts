/**
 * Event types as data: every `class.subclass` code Vigil knows, with its label, a short
 * definition for coders, and the nearest ACLED (event type / sub-event type) and GTD
 * (attack type) categories so that exports can speak those vocabularies.
 *
 * Mapping notes (why some rows look the way they do):
 * - ACLED codes remote bombings as "Explosions/Remote violence"; a suicide bombing has its own
 *   sub-event type there, while GTD files both under "Bombing/Explosion".
 * - GTD has no arrest or statement categories; those rows map to null (not a terrorist attack).
 * - ACLED files arrests under "Strategic developments / Arrests".
 */
export interface EventTypeDef {
  code: string;
  label: string;
  definition: string;
  acled: { eventType: string; subEventType: string } | null;
  gtd: string | null;
}

const def = (
  code: string,
  label: string,
  definition: string,
  acled: [string, string] | null,
  gtd: string | null,
): EventTypeDef => ({
  code,
  label,
  definition,
  acled: acled ? { eventType: acled[0], subEventType: acled[1] } : null,
  gtd,
});

const VAC = 'Violence against civilians';
const ERV = 'Explosions/Remote violence';
const SD = 'Strategic developments';

export const EVENT_TYPES = [
  def(
    'attack.armed',
    'Armed attack',
    'Attack with firearms or blades on people or places.',
    [VAC, 'Attack'],
    'Armed Assault',
  ),
  def(
    'attack.explosive',
    'Bombing / IED',
    'Explosive device (IED, grenade, mine, car bomb) set off without a suicide attacker.',
    [ERV, 'Remote explosive/landmine/IED'],
    'Bombing/Explosion',
  ),
  def(
    'attack.suicide',
    'Suicide attack',
    'Attack in which the attacker means to die: suicide vest, vehicle bomb driven by its bomber.',
    [ERV, 'Suicide bomb'],
    'Bombing/Explosion',
  ),
  def(
    'attack.assassination',
    'Assassination',
    'Targeted killing of a named or prominent person.',
    [VAC, 'Attack'],
    'Assassination',
  ),
  def(
    'attack.indirect_fire',
    'Rocket / mortar attack',
    'Rockets, mortars or shelling fired from a distance.',
    [ERV, 'Shelling/artillery/missile attack'],
    'Bombing/Explosion',
  ),
  def('attack.other', 'Attack (other)', 'An attack whose means the report does not say.', [VAC, 'Attack'], 'Unknown'),
  def(
    'kidnapping.abduction',
    'Kidnapping',
    'People seized and taken away.',
    [VAC, 'Abduction/forced disappearance'],
    'Hostage Taking (Kidnapping)',
  ),
  def(
    'kidnapping.hostage_taking',
    'Hostage taking',
    'People held in a place (siege, barricade) for demands.',
    [VAC, 'Abduction/forced disappearance'],
    'Hostage Taking (Barricade Incident)',
  ),
  def(
    'arson.arson',
    'Arson',
    'Deliberate burning of buildings, vehicles or property.',
    [SD, 'Looting/property destruction'],
    'Facility/Infrastructure Attack',
  ),
  def(
    'robbery.robbery',
    'Robbery',
    'Theft by force or threat: bank raids, looting, seizure of goods.',
    [SD, 'Looting/property destruction'],
    'Unknown',
  ),
  def('clash.armed', 'Armed clash', 'Fighting between two armed, organised sides.', ['Battles', 'Armed clash'], null),
  def(
    'operation.raid',
    'Security raid',
    'Police, intelligence or military raid on a place or group.',
    ['Battles', 'Armed clash'],
    null,
  ),
  def(
    'operation.offensive',
    'Military operation',
    'Sustained military or security campaign over an area.',
    ['Battles', 'Armed clash'],
    null,
  ),
  def('arrest.arrest', 'Arrest', 'Detention of people by a state or armed group.', [SD, 'Arrests'], null),
  def('arrest.surrender', 'Surrender', 'Fighters or leaders giving themselves up.', [SD, 'Other'], null),
  def('airstrike.air', 'Airstrike', 'Strike by manned aircraft.', [ERV, 'Air/drone strike'], null),
  def('airstrike.drone', 'Drone strike', 'Strike by an unmanned aircraft.', [ERV, 'Air/drone strike'], null),
  def('statement.claim', 'Claim of responsibility', 'A group says it carried out an act.', [SD, 'Other'], null),
  def('statement.threat', 'Threat', 'A warning or threat of future violence.', [SD, 'Other'], null),
  def(
    'statement.aggregate',
    'Aggregate claim',
    'A total over many incidents ("500 killed in six attacks"), not one incident.',
    null,
    null,
  ),
  def(
    'statement.policy',
    'Policy statement',
    'A stated policy, alliance, pledge or change of leadership.',
    [SD, 'Agreement'],
    null,
  ),
] as const satisfies readonly EventTypeDef[];

export type EventTypeCodeValue = (typeof EVENT_TYPES)[number]['code'];
export const EVENT_TYPE_CODES = EVENT_TYPES.map((t) => t.code) as [EventTypeCodeValue, ...EventTypeCodeValue[]];

/** The classes: the part of a code before the dot. */
export const EVENT_CLASSES = [...new Set(EVENT_TYPES.map((t) => t.code.split('.')[0]))] as string[];

const byCode = new Map<string, EventTypeDef>(EVENT_TYPES.map((t) => [t.code, t]));
/** `eventType('attack.suicide')?.label` → "Suicide attack". */
export const eventType = (code: string): EventTypeDef | undefined => byCode.get(code);
export const eventClass = (code: string): string => code.split('.')[0] ?? code;

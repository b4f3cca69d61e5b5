/**
 * Head nouns an unnamed actor phrase must end in to fill a role. A phrase whose head is none of
 * these ("a road", "next", "police uniforms") is not an actor, whatever slot it sits in.
 */
import { ARMED_GROUP_HEADS, FACILITY_HEADS } from './nouns.js';

/**
 * People who can be killed, hurt, seized or detained. "people" and "persons" are left out on
 * purpose: the casualty count already carries them and they name no one.
 */
export const PEOPLE_HEADS: ReadonlySet<string> = new Set(
  `civilians civilian worshippers worshipper mourners mourner students student children child
boys boy girls girl women woman men man babies baby newborns mothers mother nurses nurse doctors doctor patients
patient passengers passenger engineers engineer workers worker employees employee staff members member community
villagers villager residents resident peasants peasant farmers farmer pilgrims pilgrims families family relatives
journalists journalist reporters reporter teachers teacher priests priest jesuits jesuit nuns clergy monks
soldiers soldier troops policemen policeman police officers officer guards guard officials official commander
commanders chief chiefs leader leaders judge judges mayor mayors governor lawyer politicians politician candidate
diplomats diplomat tourists tourist foreigners hostages hostage prisoners prisoner inmates inmate detainees
suspects suspect fighters fighter militants militant planners planner aides aide servicemen personnel minorities
minority sikhs hindus hazaras shias shiites christians crowd crowds gathering audience audiences congregation
congregations spectators concertgoers shoppers visitors bystanders`.split(/\s+/),
);

/** Bodies that detain: forces, police, agencies, authorities. */
export const ARRESTING_HEADS: ReadonlySet<string> = new Set(
  `police policemen forces force troops soldiers army officials authorities agents agency intelligence officers
units unit commandos personnel guards directorate ministry department`.split(/\s+/),
);

/** Heads of a phrase that may point back to a named organisation ("its fighters", "their forces"). */
export const ANAPHOR_HEADS: ReadonlySet<string> = new Set(
  `fighters fighter militants gunmen members cells planners bombers forces force troops soldiers police policemen
commandos units unit officials men group commander commanders leader leaders officers officer agents operatives
personnel`.split(/\s+/),
);

/** Nouns that name an attacker and are event triggers too ("gunmen stormed", "a suicide bomber"). */
export const ATTACKER_NOUNS: ReadonlySet<string> = new Set(
  'bomber bombers attacker attackers gunmen gunman assassins kidnappers'.split(' '),
);
/** Every noun for an unnamed attacker, the trigger nouns and the generic ones ("the assailants"). */
export const ATTACKER_WORDS: ReadonlySet<string> = new Set([
  ...ATTACKER_NOUNS,
  ...'assailant assailants perpetrator perpetrators hijacker hijackers'.split(' '),
]);
/** Which unnamed heads may fill each role. */
export const HEADS_BY_ROLE: Readonly<Record<string, ReadonlySet<string>>> = {
  perpetrator: ARMED_GROUP_HEADS,
  victim: PEOPLE_HEADS,
  target: new Set([...FACILITY_HEADS, 'forces', 'convoy', 'patrol', 'troops', 'police']),
  // "police caught the two masked gunmen"
  detainee: new Set([...PEOPLE_HEADS, ...ATTACKER_WORDS]),
  arresting_party: ARRESTING_HEADS,
  claimant: new Set<string>(),
};

/**
 * Whom a count of the attack's own dead may name (rule `cas.attackers-own`): the attackers, and the
 * militants an attack is told of ("21 hostages and 33 militants killed").
 */
export const OWN_DEAD_WORDS: ReadonlySet<string> = new Set([
  ...ATTACKER_WORDS,
  ...'militant militants insurgent insurgents terrorist terrorists'.split(' '),
]);
/**
 * Nouns for one person who goes along with a counted group: "five Chinese nationals and their
 * Pakistani driver" are six (rule `cas.and-one-more`).
 */
export const COMPANION_NOUNS: ReadonlySet<string> = new Set(
  `driver guard bodyguard escort interpreter translator guide pilot cook assistant aide colleague companion
friend son daughter wife husband brother sister father mother child nephew niece cousin teacher`.split(/\s+/),
);

/**
 * Cues that a capitalised word sequence names a person. Capitals alone never make a person: a
 * cue must stand next to the name (a title before it, an appositive or a speech verb after it).
 * Each cue is a rule id; the name stage records which one fired.
 */

import { MONTH_NAMES, WEEKDAYS } from './calendar.js';

/** Honorifics written as part of a name ("Mawlawi Hamdullah Mokhlis", "Qari Zahid"). */
export const HONORIFICS: ReadonlySet<string> = new Set(
  'mawlawi maulvi mullah molla qari hafiz haji sheikh shaikh mufti maulana mr mrs ms dr sir'.split(' '),
);

/** Posts and ranks: a name written right after one is a person ("ISKP leader Abdullah Orakzai"). */
export const PERSON_TITLES: ReadonlySet<string> = new Set(
  `leader commander chief head founder spokesman spokeswoman spokesperson emir amir deputy minister president
prime governor mayor general gen colonel col major maj captain capt lieutenant lt sergeant sgt admiral judge
senator ambassador envoy director officer official commissioner inspector superintendent secretary cleric
preacher scholar journalist reporter analyst researcher doctor lawmaker legislator parliamentarian mp blogger
ideologue activist assistant`.split(/\s+/),
);

/** Words of a role noun that, after a name and a comma, make the name a person ("X, the leader of …"). */
export const APPOSITIVE_HEADS: ReadonlySet<string> = new Set(
  `leader commander chief head founder spokesman spokeswoman spokesperson emir deputy minister president governor
mayor general colonel director officer official member aide adviser advisor brother son father cousin nephew
resident driver engineer teacher student doctor worker employee secretary described daughter wife husband mother
sister widow uncle assistant bodyguard lawmaker blogger journalist predecessor successor`.split(/\s+/),
);

/** Speech verbs after a full (two-word or longer) name: "Attaullah Khogyani said". */
export const PERSON_SPEECH_VERBS: ReadonlySet<string> = new Set(
  'said says told added stated explained confirmed announced noted wrote tweeted'.split(' '),
);

/** Lower-case words allowed inside a name between capitalised ones ("Zia ul-Haq", "Abu Omar al-Khorasani"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set('ul ud al bin ibn bint abu de van von'.split(' '));

/** Capitalised words that are never (part of) a person's name. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  ...`the a an and or but of in on at by for to from with this that these those it its he she they we his her
their islamic state province district city ministry army police forces force government general minister
president leader commander spokesman official officials security national afghan american pakistani chinese
uzbek tajik us un`.split(/\s+/),
  ...WEEKDAYS,
  ...MONTH_NAMES,
]);

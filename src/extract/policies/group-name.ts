/**
 * Policy `group.short-noun`: the canonical name of an unnamed group is a short lower-case noun
 * phrase — determiners, counts and quantifiers dropped ("at least 25 worshippers" → "worshippers",
 * "25 members of the Sikh community" → "sikh community"); a bomber of a suicide attack is a
 * "suicide bomber"; a building is named by its head ("the provincial prison" → "prison"); armed men are
 * gunmen ("a group of about 20 armed men" → "gunmen"); looks go ("two masked gunmen" → "gunmen").
 */

import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAYS } from '../lexicons/calendar.js';
import { FACILITY_HEADS } from '../lexicons/nouns.js';
import { UNITS } from '../lexicons/numbers.js';

const LEADING = new Set(
  `a an the some several many few dozens dozen hundreds scores tens thousands of at least more than about nearly
around almost over up to other another its their his her our this that these those all both each unknown
unidentified suspected alleged armed masked hooded`.split(/\s+/),
);
/**
 * Rule `group.date-words`: a date with no comma after it runs into the phrase ("On 4 September two
 * gunmen" → "September two gunmen"); its month or weekday names no one.
 */
const DATE_WORDS = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...WEEKDAYS]);
/**
 * Rule `group.of-outfit`: "two suspected militants of a banned outfit" are militants; the unnamed body
 * after "of" says only that they belong to something.
 */
const OUTFIT_TAIL =
  /^(a|an|the)( (banned|proscribed|outlawed|militant|terrorist|extremist))* (outfit|organisation|organization|group)$/;
/** Rule `group.armed-men`: "about 20 armed men", "unknown armed motorcyclists", "armed persons" are gunmen. */
const ARMED_MEN: Readonly<Record<string, string>> = {
  men: 'gunmen',
  man: 'gunman',
  persons: 'gunmen',
  person: 'gunman',
  individuals: 'gunmen',
  individual: 'gunman',
  motorcyclists: 'gunmen',
  motorcyclist: 'gunman',
};

/**
 * Rule `group.creed-words`: "jihadist fighters", "Islamist militants", "separatist rebels" are
 * fighters, militants, rebels: the creed before the noun says who they are with, which a named
 * organisation tells when the text gives one (a word alone, "jihadists", keeps its name).
 */
const CREED_WORDS = new Set('jihadist islamist extremist separatist insurgent'.split(' '));

const CUT_WORDS = new Set('in inside among at near outside from into on up'.split(' '));

/** Words before a group's noun that say how many or which, or that belong to a date before it. */
const isLeading = (word: string) => LEADING.has(word) || DATE_WORDS.has(word) || /^\d/.test(word) || UNITS.has(word);

/** "men suspected of …" are suspects, "a man suspected of …" a suspect. */
const suspectsName = (head: string) =>
  /s$/.test(head) || head === 'men' || head === 'people' ? 'suspects' : 'suspect';

/**
 * @example groupName('at least 25 worshippers') // → 'worshippers'
 * @example groupName('two bombers', 'attack.suicide') // → 'suicide bomber'
 */
export function groupName(mention: string, eventType = ''): string {
  let words = mention
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/\s+/)
    .filter(Boolean);
  // rule `group.suspected-of`: "two men suspected of helping the bomber", "people suspected of links to it"
  const suspected = words.indexOf('suspected');
  if (suspected > 0 && words[suspected + 1] === 'of') return suspectsName(words[suspected - 1] ?? '');
  // "bus carrying chinese engineers", "blown themselves up among the worshippers": the last
  // phrase after a preposition or a participle is the group meant
  const cut = words.findLastIndex(
    (w, i) => i > 0 && i < words.length - 1 && (CUT_WORDS.has(w) || /^\w{3,}ing$/.test(w)),
  );
  if (cut > 0 && words[cut] !== 'of') words = words.slice(cut + 1);
  const armed = words.at(-2) === 'armed' ? ARMED_MEN[words.at(-1) ?? ''] : undefined;
  if (armed) return armed;
  while (words.length > 1 && (isLeading(words[0] ?? '') || CREED_WORDS.has(words[0] ?? ''))) words = words.slice(1);
  // "members of the Sikh community" → "sikh community"
  const of = words.indexOf('of');
  if (of > 0 && OUTFIT_TAIL.test(words.slice(of + 1).join(' ')))
    return groupName(words.slice(0, of).join(' '), eventType);
  // rule `group.collective-of`: "a gathering of worshippers", "crowds of Afghans" are worshippers, Afghans
  if (
    of > 0 &&
    /^(members?|some|many|most|dozens|hundreds|two|three|one|crowds?|gatherings?|throngs?)$/.test(words[of - 1] ?? '')
  )
    return groupName(words.slice(of + 1).join(' '), eventType);
  const head = words.at(-1) ?? '';
  if (FACILITY_HEADS.has(head) && of < 0) return head;
  if (/^bombers?$/.test(head) && eventType === 'attack.suicide') return 'suicide bomber';
  if (head === 'bombers') words = [...words.slice(0, -1), 'bomber'];
  return words.join(' ');
}

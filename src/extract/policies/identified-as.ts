/**
 * Policy `victim.identified-as`: a sentence that names the dead or wounded of an incident told just
 * before it lists victims, though it holds no trigger of its own and so lies outside the role
 * tagger's reach: "the victims were identified as jose manuel jimenez rivera, pedro rafael jimenez
 * cortez, and pedro rafael ordonez", "the murdered inspector was identified as gustavo ropero
 * navarro, 22", "the injured were 19-year-old robinson ramirez, 30-year-old roberto arcesio pabon,
 * and 40-year-old hugo morales". The words before "identified as" (or the subject "the injured /
 * wounded / dead / victims were") must name casualties and no one arrested or suspected: "the
 * suspects were identified as …", "the drug traffickers were identified as …" list no victims.
 * The names then join the tagged fillers, and policy `learned.nearest-event` gives them to the
 * incident whose trigger is nearest. MUC-4 dev 49.8 → 49.8 (no such sentence near a key incident),
 * held-out fifth of train with the fold-trained tagger 44.4 → 45.0, train 55.6 → 55.8 (on train it
 * adds 8 victims, 7 of them in the keys); bench:gold 0.776 → 0.776. Not taken, as too loose: a
 * subject with no casualty word ("the u.s. citizen was identified as billy murphy", right after his
 * death is told; "the soldier was identified as …" is as often an attacker).
 */
import type { Token, TokenSpan } from '../annotated.js';
import { isListedName } from './named-apposition.js';

export const IDENTIFIED_AS = {
  id: 'victim.identified-as',
  /** how many words before "identified" are read for who is identified */
  subjectReach: 8,
  /** at most this many names are read */
  maxNames: 8,
  /** words a name may take, at most */
  maxNameWords: 4,
} as const;

/** words that say the people identified are casualties */
const CASUALTY_WORDS = new Set([
  'victim',
  'victims',
  'dead',
  'killed',
  'murdered',
  'slain',
  'deceased',
  'injured',
  'wounded',
  'hostage',
  'hostages',
  'kidnapped',
  'abducted',
]);
/** words that say they are someone else: the people arrested, suspected or doing the act */
const NOT_CASUALTY_WORDS = new Set([
  'arrested',
  'detained',
  'captured',
  'suspect',
  'suspects',
  'suspected',
  'accused',
  'alleged',
  'perpetrators',
  'attackers',
  'assailants',
  'gunmen',
  'killers',
  'traffickers',
  'responsible',
]);
/** subjects that name casualties by themselves, before "were" and the list ("the injured were …") */
const CASUALTY_SUBJECTS = new Set(['victims', 'dead', 'injured', 'wounded']);
const BE = new Set(['was', 'were', 'is', 'are']);
const SEPARATORS = new Set([',', ';', 'and']);
/** an age before a name ("19-year-old robinson ramirez") and after it ("pilar pulido, 19") */
const AGE_BEFORE = /^\d{1,3}-year-old$/;
const AGE_AFTER = /^\d{1,3}$/;

const norm = (tokens: readonly Token[], i: number) => tokens[i]?.norm ?? '';

/** Whether the words `from`..`to` speak of casualties and of no one arrested or suspected. */
function namesCasualties(tokens: readonly Token[], from: number, to: number): boolean {
  let casualty = false;
  for (let i = from; i < to; i++) {
    const w = norm(tokens, i);
    if (NOT_CASUALTY_WORDS.has(w)) return false;
    if (CASUALTY_WORDS.has(w)) casualty = true;
  }
  return casualty;
}

/**
 * The names listed from `i` on: "19-year-old robinson ramirez, 30-year-old roberto arcesio pabon, and
 * hugo morales" or "maria pulido, 42; pilar pulido, 19". The list ends at the first item that is no
 * name (an apposition, a number of people, a title).
 */
function listedNames(tokens: readonly Token[], i: number, ceil: number): TokenSpan[] {
  const out: TokenSpan[] = [];
  while (out.length < IDENTIFIED_AS.maxNames && i < ceil) {
    while (SEPARATORS.has(norm(tokens, i)) || norm(tokens, i) === ':') i++;
    if (AGE_BEFORE.test(norm(tokens, i))) i++;
    let to = i;
    while (
      to < ceil &&
      to - i < IDENTIFIED_AS.maxNameWords &&
      /^\p{L}/u.test(norm(tokens, to)) &&
      !SEPARATORS.has(norm(tokens, to))
    )
      to++;
    if (!isListedName(tokens.slice(i, to).map((t) => t.norm))) break;
    out.push({ from: i, to });
    i = to;
    // an age after the name: "gustavo ropero navarro, 22"
    if (norm(tokens, i) === ',' && AGE_AFTER.test(norm(tokens, i + 1))) i += 2;
    if (!SEPARATORS.has(norm(tokens, i))) break;
  }
  return out;
}

/**
 * The spans of the casualties a sentence (`floor`..`ceil`) identifies by name.
 * `identifiedNames(tokens of "the victims were identified as jose perez and juan lopez.", 0, n)` →
 * the spans of "jose perez" and "juan lopez".
 */
export function identifiedNames(tokens: readonly Token[], floor: number, ceil: number): TokenSpan[] {
  for (let i = floor; i < ceil - 1; i++) {
    const w = norm(tokens, i);
    if (w === 'identified' && norm(tokens, i + 1) === 'as') {
      if (!namesCasualties(tokens, Math.max(floor, i - IDENTIFIED_AS.subjectReach), i)) continue;
      return listedNames(tokens, i + 2, ceil);
    }
    // "the injured were …": the subject opens the sentence
    if (i === floor + 1 && norm(tokens, floor) === 'the' && CASUALTY_SUBJECTS.has(w) && BE.has(norm(tokens, i + 1))) {
      const names = listedNames(tokens, i + 2, ceil);
      if (names.length) return names;
    }
  }
  return [];
}

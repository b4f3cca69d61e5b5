/**
 * Rule `arg.among-the-dead`: "Among the dead was Mawlawi Hamdullah Mokhlis, a Taliban commander":
 * the person named after "among the dead / killed / victims … was / were" is a victim of the
 * attack told last, in this sentence or up to two before. Only a name the names stage found
 * counts (a person, or a group: "among the dead were ISKP fighters").
 */
import { type Argument, type NameMention, nameArgument, type Token, type Trigger } from '../annotated.js';

const CASUALTY_NOUNS = new Set(['dead', 'killed', 'victims', 'wounded', 'injured']);
const COPULAS = new Set(['was', 'were']);
/** How many sentences back the attack may be told. */
const REACH = 2;
const VICTIM_CLASSES = new Set(['attack', 'airstrike']);

export function amongTheDead(
  text: string,
  tokens: Token[],
  triggers: readonly Trigger[],
  names: readonly NameMention[],
): Argument[] {
  const out: Argument[] = [];
  for (let i = 0; i + 4 < tokens.length; i++) {
    if (tokens[i]?.norm !== 'among' || tokens[i + 1]?.norm !== 'the') continue;
    const noun = tokens[i + 2]?.norm ?? '';
    if (!CASUALTY_NOUNS.has(noun) || !COPULAS.has(tokens[i + 3]?.norm ?? '')) continue;
    const name = names.find((n) => n.from === i + 4 || n.from === i + 5); // after a title the name may start one word later
    if (!name) continue;
    const sentence = tokens[i]?.sentence ?? 0;
    const attack = triggers.findLast(
      (t) => t.from < i && t.sentence >= sentence - REACH && VICTIM_CLASSES.has(t.type.split('.')[0] ?? ''),
    );
    if (!attack) continue;
    const injured = noun === 'wounded' || noun === 'injured';
    out.push(
      nameArgument(text, tokens, name, attack, 'victim', injured ? 'arg.among-the-wounded' : 'arg.among-the-dead'),
    );
  }
  return out;
}

/** Verbs that tell a named person died: "X died when …", "X was killed in …", "X were shot dead". */
const DEATH_WORDS = new Set(['died', 'killed']);
/** Words that may stand between the subject and the verb: "was killed", "had died", "were both killed". */
const DEATH_AUX = new Set(['was', 'were', 'had', 'has', 'have', 'been', 'both', 'also', 'later', 'reportedly']);
/** Words that end the subject when read backwards: a clause or sentence boundary. */
const SUBJECT_BOUNDARY = new Set([';', ':', 'when', 'after', 'that', 'while', 'as', 'because', 'said', 'says']);
/** How far back from the verb the subject's names may stand (across an appositive). */
const SUBJECT_REACH = 16;

/**
 * Rule `arg.named-dead`: "Kirillov and his assistant, Ilya Polikarpov, died on Tuesday when a bomb
 * … went off", "Darya Dugina, the daughter of …, was killed by a car bomb": the people named in the
 * subject of "died" or "was / were killed" are victims of the attack or strike the same sentence
 * tells. Only names the names stage found as people count; the subject runs back from the verb to a
 * clause boundary (SUBJECT_BOUNDARY), so "X said a bomb killed …" names no victim.
 */
export function namedDead(
  text: string,
  tokens: Token[],
  triggers: readonly Trigger[],
  names: readonly NameMention[],
): Argument[] {
  const out: Argument[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]?.norm ?? '';
    if (!DEATH_WORDS.has(w)) continue;
    let k = i - 1;
    while (k > 0 && DEATH_AUX.has(tokens[k]?.norm ?? '')) k--;
    // "killed" needs its passive auxiliary ("a bomb killed X" is another rule's)
    if (w === 'killed' && k === i - 1) continue;
    const sentence = tokens[i]?.sentence ?? 0;
    let start = k;
    while (
      start > 0 &&
      k - start < SUBJECT_REACH &&
      tokens[start - 1]?.sentence === sentence &&
      !SUBJECT_BOUNDARY.has(tokens[start - 1]?.norm ?? '')
    )
      start--;
    // (a name inside an "of" phrase is someone the subject is described by: "Haqqani, an uncle of the
    // interior minister, Sirajuddin Haqqani, died" names one victim)
    const people = names.filter(
      (n) => n.actor.kind === 'person' && n.from >= start && n.to <= k + 1 && !describedBy(tokens, n.from, start),
    );
    if (!people.length) continue;
    const attack = triggers.find(
      (t) => t.sentence === sentence && t.from > k && VICTIM_CLASSES.has(t.type.split('.')[0] ?? ''),
    );
    if (!attack) continue;
    for (const p of people) out.push(nameArgument(text, tokens, p, attack, 'victim', 'arg.named-dead'));
  }
  return out;
}

/** True when an "of" stands in the comma-delimited stretch right before the name: "an uncle of the minister, X". */
function describedBy(tokens: Token[], from: number, floor: number): boolean {
  let i = from - 1;
  if (tokens[i]?.norm === ',') i--;
  for (; i >= floor && tokens[i]?.norm !== ','; i--) if (tokens[i]?.norm === 'of') return true;
  return false;
}

/**
 * Victims named beside a toll rather than as a verb's object:
 *
 * - rule `arg.toll-apposition`: "killing at least 54 people, among them children", "killed more
 *   than 80 people, most of them policemen", "killed 11 soldiers, including an officer": the phrase
 *   after a marker (MARKERS) that follows a casualty count is a victim of the attack the count
 *   belongs to.
 * - rule `arg.among-the-dead-subject`: "Soldiers returning from a training course were among the
 *   dead", "A local leader, Maulana Ziaullah Jan, was among the dead": the subject before "was/were
 *   among the dead/killed/victims" is a victim of the attack told last (this sentence or up to
 *   REACH before); `arg.among-the-dead` (among-the-dead.ts) reads the other order.
 *
 * Only a named actor, or a phrase whose head is a kind of person (PEOPLE_HEADS, demonyms), counts.
 */
import {
  type Argument,
  type CasualtyMention,
  type NameMention,
  nameArgument,
  type Token,
  type TokenSpan,
  type Trigger,
} from '../annotated.js';
import { headOf, phraseAfter, phraseBefore } from '../chunk.js';
import { PEOPLE_HEADS } from '../lexicons/actor-heads.js';

/**
 * Words that open an apposition saying who the counted people were, as token sequences. "among
 * them" and "including" single out some of them ("among them children"), which the gold does not
 * code as victims of their own: after those only a name counts.
 */
const MARKERS: readonly (readonly string[])[] = ['most of them', 'many of them', 'mostly', 'all of them'].map((m) =>
  m.split(' '),
);
const NAME_MARKERS: readonly (readonly string[])[] = ['among them', 'including', 'among whom'].map((m) => m.split(' '));
const CASUALTY_NOUNS = new Set(['dead', 'killed', 'victims', 'wounded', 'injured']);
const VICTIM_CLASSES = new Set(['attack', 'airstrike']);
/** How many sentences back the attack of "X were among the dead" may be told. */
const REACH = 2;
/** Words that may stand between a count and its marker: "killing 54 people, among them". */
const COUNT_TAIL = new Set(['people', 'persons', ',', 'civilians', 'others']);

const classOf = (t: Trigger) => t.type.split('.')[0] ?? '';
const isCount = (w: string) => /^(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some)$/.test(w);

/** The length of the marker at `i` (0: none) and whether only a name may follow it. */
function markerAt(tokens: readonly Token[], i: number): { length: number; namesOnly: boolean } {
  for (const [list, namesOnly] of [
    [MARKERS, false],
    [NAME_MARKERS, true],
  ] as const)
    for (const m of list) if (m.every((w, k) => tokens[i + k]?.norm === w)) return { length: m.length, namesOnly };
  return { length: 0, namesOnly: false };
}

/** The victim the phrase starting at `start` names: a name there, or a phrase with a people head. */
function victimAt(
  text: string,
  tokens: Token[],
  start: number,
  ceil: number,
  names: readonly NameMention[],
  demonyms: ReadonlyMap<string, string>,
  trigger: Trigger,
  rule: string,
  namesOnly: boolean,
): Argument | null {
  let from = start;
  while (from < ceil && /^(the|a|an|at|least)$/.test(tokens[from]?.norm ?? '')) from++;
  // after a title the name may start one word later
  const name = names.find((n) => (n.from === from || n.from === from + 1) && n.actor.kind === 'person');
  if (name) return nameArgument(text, tokens, name, trigger, 'victim', rule);
  if (namesOnly) return null;
  const span = phraseAfter(tokens, from, ceil);
  if (!span) return null;
  return groupArgument(text, tokens, span, demonyms, trigger, rule);
}

function groupArgument(
  text: string,
  tokens: Token[],
  span: TokenSpan,
  demonyms: ReadonlyMap<string, string>,
  trigger: Trigger,
  rule: string,
): Argument | null {
  // "four members of the Levies force": the people counted are the head
  let from = span.from;
  while (from < span.to - 1 && isCount(tokens[from]?.norm ?? '')) from++;
  const trimmed = { from, to: span.to };
  const head = headOf(tokens, trimmed);
  if (!PEOPLE_HEADS.has(head) && !demonyms.has(head)) return null;
  return {
    trigger: trigger.id,
    sentence: tokens[from]?.sentence ?? trigger.sentence,
    from: trimmed.from,
    to: trimmed.to,
    role: 'victim',
    kind: 'group',
    mention: text.slice(tokens[trimmed.from]?.start ?? 0, tokens[trimmed.to - 1]?.end ?? 0),
    actor: null,
    rule,
  };
}

export function victimAppositions(
  text: string,
  tokens: Token[],
  sentenceEnds: readonly { firstToken: number; endToken: number }[],
  triggers: readonly Trigger[],
  casualties: readonly CasualtyMention[],
  names: readonly NameMention[],
  demonyms: ReadonlyMap<string, string>,
): Argument[] {
  const out: Argument[] = [];
  for (const c of casualties) {
    if (c.attackers || (c.kind !== 'killed' && c.kind !== 'injured')) continue;
    const end = sentenceEnds[c.sentence]?.endToken ?? tokens.length;
    let i = c.to;
    while (i < end && i < c.to + 3 && COUNT_TAIL.has(tokens[i]?.norm ?? '')) i++;
    if (tokens[i - 1]?.norm !== ',') continue;
    const marker = markerAt(tokens, i);
    if (!marker.length) continue;
    const trigger =
      triggers.findLast((t) => t.sentence === c.sentence && t.from <= c.to && VICTIM_CLASSES.has(classOf(t))) ??
      triggers.find((t) => t.sentence === c.sentence && VICTIM_CLASSES.has(classOf(t)));
    if (!trigger) continue;
    const victim = victimAt(
      text,
      tokens,
      i + marker.length,
      end,
      names,
      demonyms,
      trigger,
      'arg.toll-apposition',
      marker.namesOnly,
    );
    if (victim) out.push(victim);
  }
  for (let i = 1; i + 3 < tokens.length; i++) {
    if (!/^(was|were)$/.test(tokens[i]?.norm ?? '') || tokens[i + 1]?.norm !== 'among') continue;
    if (tokens[i + 2]?.norm !== 'the' || !CASUALTY_NOUNS.has(tokens[i + 3]?.norm ?? '')) continue;
    const sentence = tokens[i]?.sentence ?? 0;
    const first = sentenceEnds[sentence]?.firstToken ?? 0;
    const trigger = triggers.findLast(
      (t) => t.from < i && t.sentence >= sentence - REACH && VICTIM_CLASSES.has(classOf(t)),
    );
    if (!trigger) continue;
    const rule = 'arg.among-the-dead-subject';
    // "A local JUI-F leader, Maulana Ziaullah Jan, was among the dead": the name right before
    const end = tokens[i - 1]?.norm === ',' ? i - 1 : i;
    const name = names.find((n) => n.to === end && n.sentence === sentence);
    if (name) {
      out.push(nameArgument(text, tokens, name, trigger, 'victim', rule));
      continue;
    }
    // "Soldiers returning from a training course were among the dead": the sentence's first phrase
    // (within the clause: "said four suspects had been arrested and that one of the attackers was
    // among the wounded" names no victim)
    let clause = i;
    while (clause > first && !/^(,|;|:|that|and|but)$/.test(tokens[clause - 1]?.norm ?? '')) clause--;
    let k = clause;
    while (k < i && !(PEOPLE_HEADS.has(tokens[k]?.norm ?? '') && !PEOPLE_HEADS.has(tokens[k + 1]?.norm ?? ''))) k++;
    const subject = k < i ? phraseBefore(tokens, k + 1, first) : null;
    if (!subject) continue;
    const victim = groupArgument(text, tokens, subject, demonyms, trigger, rule);
    if (victim) out.push(victim);
  }
  return out;
}

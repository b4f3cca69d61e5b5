/**
 * Rule `arg.affiliation`: "the attackers, who were affiliated with the Islamic State, killed a border
 * guard", "The ministry said the attacker belonged to Islamic State": a group that unnamed attackers
 * are said to belong to is a perpetrator of their attack — the attack told in the sentence (the
 * trigger nearest the attackers), else the one told last, up to two sentences before. The group
 * stays as written: the text names the allegiance, no regional branch is guessed for it.
 */
import { type Argument, groupBy, type NameMention, nameArgument, type Token, type Trigger } from '../annotated.js';
import { ATTACKER_WORDS } from '../lexicons/actor-heads.js';
import { AFFILIATION_CUES } from '../lexicons/relation-cues.js';

/** Words between the attackers and the cue: "the attackers, who were allegedly affiliated with". */
const BETWEEN = new Set(
  'who , was were is are had have been being all both allegedly reportedly apparently suspected said'.split(' '),
);
const MAX_BETWEEN = 5;
/** How many sentences back the attack may be told. */
const REACH = 2;
const ATTACK_CLASSES = new Set(['attack', 'kidnapping']);
const isAttack = (t: Trigger) => ATTACK_CLASSES.has(t.type.split('.')[0] ?? '');

/** The attacker noun (its index) that the cue ending before `at` ties to a group, and the cue's id. */
function attackerBefore(tokens: Token[], at: number): { head: number; rule: string } | null {
  const cue = AFFILIATION_CUES.find((c) => c.words.every((w, k) => tokens[at - c.words.length + k]?.norm === w));
  if (!cue) return null;
  let i = at - cue.words.length - 1;
  for (let skipped = 0; skipped < MAX_BETWEEN && BETWEEN.has(tokens[i]?.norm ?? ''); skipped++) i--;
  return ATTACKER_WORDS.has(tokens[i]?.norm ?? '') ? { head: i, rule: cue.id } : null;
}

/** The attack the attackers at token `at` of `sentence` took part in. */
function attackOf(bySentence: Map<number, Trigger[]>, sentence: number, at: number): Trigger | undefined {
  const own = (bySentence.get(sentence) ?? []).filter(isAttack);
  if (own.length) return own.reduce((a, b) => (Math.abs(b.from - at) < Math.abs(a.from - at) ? b : a));
  for (let s = sentence - 1; s >= sentence - REACH; s--) {
    const told = (bySentence.get(s) ?? []).findLast(isAttack);
    if (told) return told;
  }
  return undefined;
}

export function affiliatedPerpetrators(
  text: string,
  tokens: Token[],
  triggers: readonly Trigger[],
  names: readonly NameMention[],
): Argument[] {
  const out: Argument[] = [];
  let bySentence: Map<number, Trigger[]> | undefined;
  for (const n of names) {
    if (n.actor.category !== 'armed_group') continue;
    const at = tokens[n.from - 1]?.norm === 'the' ? n.from - 1 : n.from;
    const found = attackerBefore(tokens, at);
    if (!found) continue;
    bySentence ??= groupBy(triggers, (t) => t.sentence);
    const attack = attackOf(bySentence, n.sentence, found.head);
    if (!attack) continue;
    out.push(nameArgument(text, tokens, n, attack, 'perpetrator', `arg.affiliation+${found.rule}`));
  }
  return out;
}

/**
 * Who did what to whom, by patterns around each trigger: the phrase before an active verb is
 * its agent and the phrase after it its patient; a passive verb turns them round and takes its
 * agent from "by …"; a noun trigger takes "by …", "on/against …" and "of …". Which role a phrase
 * plays then follows the event class and the phrase's head (a building is a target, a bomb a
 * weapon, a person a victim).
 */
import type { ActorKind, EventTypeCode, Role } from '../../domain/index.js';
import {
  type AnnotatedDoc,
  type Argument,
  layer,
  type NameMention,
  type Token,
  type TokenSpan,
  type Trigger,
} from '../annotated.js';
import { headOf, phraseAfter, phraseBefore } from '../chunk.js';
import type { ActorEntry } from '../knowledge-port.js';
import { FACILITY_HEADS, WEAPON_WORDS } from '../lexicons/nouns.js';
import { UNITS } from '../lexicons/numbers.js';
import { defineStage } from '../stage.js';

const WEAPON_HEADS = new Set(WEAPON_WORDS.map((w) => w.split(' ').at(-1) ?? w));
const SKIP_BEFORE = new Set(
  'have has had reportedly allegedly also today yesterday then later who which that'.split(' '),
);

type Slot = 'agent' | 'patient';
/** Role of an agent/patient phrase, by event class. */
const ROLE_BY_CLASS: Readonly<Record<string, Record<Slot, Role | null>>> = {
  attack: { agent: 'perpetrator', patient: 'victim' },
  kidnapping: { agent: 'perpetrator', patient: 'victim' },
  arson: { agent: 'perpetrator', patient: 'target' },
  robbery: { agent: 'perpetrator', patient: 'target' },
  airstrike: { agent: 'perpetrator', patient: 'victim' },
  clash: { agent: 'perpetrator', patient: 'target' },
  operation: { agent: 'perpetrator', patient: 'target' },
  arrest: { agent: 'arresting_party', patient: 'detainee' },
  statement: { agent: 'claimant', patient: null },
};

const skipLeft = (tokens: Token[], i: number, floor: number) => {
  let j = i;
  while (j > floor && SKIP_BEFORE.has(tokens[j - 1]?.norm ?? '')) j--;
  return j;
};

function prepPhrase(tokens: Token[], start: number, ceil: number, preps: string[]): TokenSpan | null {
  for (let i = start; i < Math.min(ceil, start + 6); i++) {
    const w = tokens[i]?.norm ?? '';
    if (preps.includes(w)) return phraseAfter(tokens, i + 1, ceil);
    if (/^[,;.]$/.test(w)) return null;
  }
  return null;
}

/** The agent and patient phrases of a trigger. */
function slots(
  tokens: Token[],
  tr: Trigger,
  floor: number,
  ceil: number,
): { slot: Slot; span: TokenSpan; rule: string }[] {
  const out: { slot: Slot; span: TokenSpan; rule: string }[] = [];
  const push = (slot: Slot, span: TokenSpan | null, rule: string) => span && out.push({ slot, span, rule });
  const before = () => phraseBefore(tokens, skipLeft(tokens, tr.from, floor), floor);
  if (tr.form === 'verb') {
    push('agent', before(), 'arg.active.subject');
    push('patient', phraseAfter(tokens, tr.to, ceil), 'arg.active.object');
  } else if (tr.form === 'passive') {
    let aux = tr.from;
    while (
      aux > floor &&
      /^(was|were|been|being|is|are|be|got|have|has|had|reportedly|allegedly)$/.test(tokens[aux - 1]?.norm ?? '')
    )
      aux--;
    push('patient', phraseBefore(tokens, aux, floor), 'arg.passive.subject');
    push('agent', prepPhrase(tokens, tr.to, ceil, ['by']), 'arg.passive.by');
  } else if (tr.form === 'participle') {
    push('patient', phraseAfter(tokens, tr.to, ceil), 'arg.participle.head');
  } else {
    push('agent', prepPhrase(tokens, tr.to, ceil, ['by']), 'arg.noun.by');
    push('patient', prepPhrase(tokens, tr.to, ceil, ['on', 'against', 'of', 'targeting']), 'arg.noun.on');
    // "an FMLN attack", "a Taliban ambush": a named group right before the noun
    const pre = phraseBefore(tokens, tr.from, floor);
    if (pre) push('agent', pre, 'arg.noun.premodifier');
  }
  return out;
}

function roleFor(type: EventTypeCode, slot: Slot, head: string, named: ActorEntry | null): Role | null {
  const cls = type.split('.')[0] ?? '';
  const role = ROLE_BY_CLASS[cls]?.[slot] ?? null;
  if (!role) return null;
  if (role === 'victim' && FACILITY_HEADS.has(head) && !named) return 'target';
  if (role === 'victim' && named?.kind === 'organization') return 'target';
  return role;
}

function namedIn(names: NameMention[], span: TokenSpan): NameMention | null {
  const inside = names.filter((n) => n.from >= span.from && n.to <= span.to);
  // a person named in the phrase is its head ("ISKP leader Abdullah Orakzai"); else the last name
  return inside.find((n) => n.actor.kind === 'person') ?? inside.at(-1) ?? null;
}

export function argumentsOf(doc: AnnotatedDoc, tr: Trigger): Argument[] {
  const tokens = layer(doc, 'tokens');
  const sentence = layer(doc, 'sentences')[tr.sentence];
  if (!sentence) return [];
  const names = layer(doc, 'names').filter((n) => n.sentence === tr.sentence);
  const args: Argument[] = [];
  for (const { slot, span, rule } of slots(tokens, tr, sentence.firstToken, sentence.endToken)) {
    const head = headOf(tokens, span);
    if (WEAPON_HEADS.has(head)) continue; // "an IED killed …": the weapon is not an actor
    if (/^\d/.test(head) || head in UNITS) continue; // a bare figure ("500 killed") is a count, not an actor
    const named = namedIn(names, span);
    if (rule === 'arg.noun.premodifier' && !named) continue;
    const role = roleFor(tr.type, slot, head, named?.actor ?? null);
    if (!role) continue;
    const kind: ActorKind = named ? named.actor.kind : 'group';
    const mentionSpan = named ?? span;
    const mention = doc.text.slice(tokens[mentionSpan.from]?.start ?? 0, tokens[mentionSpan.to - 1]?.end ?? 0);
    args.push({
      trigger: tr.id,
      sentence: tr.sentence,
      ...mentionSpan,
      role,
      kind,
      mention,
      actor: named?.actor ?? null,
      rule,
    });
  }
  return args;
}

export const argumentsStage = defineStage({
  id: 'arguments',
  requires: ['sentences', 'tokens', 'triggers', 'names'],
  assigns: ['arguments'],
  run: (doc) => ({ layers: { arguments: layer(doc, 'triggers').flatMap((tr) => argumentsOf(doc, tr)) } }),
});

/**
 * Claims told without a claim trigger, given to the attack they claim:
 * - rule `claim.own-fighters`: "ISKP said in a statement that one of its fighters had carried out the
 *   bombing", "The PKK's armed wing said one of its units had carried out the attack": an armed group
 *   that says its own people acted claims the act;
 * - rule `claim.the-group-claimed`: "an attack the group also claimed": "the group claimed" without
 *   "responsibility" (a claim trigger of its own) points back to the armed group named last;
 * - rule `claim.name-claimed`: "Islamic State claimed the attack in a statement".
 * The claim goes to the attack or kidnapping whose evidence holds the sentence, else to the latest one
 * told before it. One pass over the tokens: linear.
 */
import type { ExtractedEvent } from '../../domain/index.js';
import { type AnnotatedDoc, layer, type NameMention, spanText, type Token, type TokenSpan } from '../annotated.js';
import { ATTACKER_WORDS } from '../lexicons/actor-heads.js';
import { SPEECH_VERBS } from '../lexicons/stance.js';
import { BLAMED_CATEGORIES, blamedSpans } from '../policies/blame-frames.js';
import { appositiveHost, REACH } from './anaphora.js';
import { personEntry } from './persons.js';
import type { RegionalResolver } from './regional-actor.js';

/** A group's own people: "one of its fighters", "its units". */
const OWN_PEOPLE = new Set(
  'fighter fighters member members unit units militant militants men mujahideen soldiers commandos operatives'.split(
    ' ',
  ),
);
const CLAIM_WORDS = new Set(['claimed', 'claims']);
/** What makes "claimed" a claim trigger already ("claimed responsibility", "claimed credit"). */
const CLAIM_OBJECTS = new Set(['responsibility', 'credit']);
const CLAIM_ADVERBS = new Set(['also', 'later', 'has', 'had', 'quickly', 'swiftly']);
const CLAIMABLE = /^(attack|kidnapping)\./;
/** What a group says it did when it claims an act: "it carried out", "it was behind", "it was responsible for". */
const DID_IT = new Set([
  'carried out',
  'was behind',
  'were behind',
  'was responsible',
  'were responsible',
  'conducted',
  'staged',
  // the act itself: "ISKP said it had planted the device", "… said it had targeted members of the Taliban"
  'planted',
  'detonated',
  'set off',
  'targeted',
  'ambushed',
]);

interface SentenceClaim {
  sentence: number;
  name: NameMention;
  rule: 'claim.own-fighters' | 'claim.the-group-claimed' | 'claim.said-it' | 'claim.name-claimed';
}

const isArmed = (n: NameMention) => n.actor.category === 'armed_group';

/** The armed group a sentence's own-people phrase at `at` belongs to: the speaker named before the speech verb. */
function ownFightersSpeaker(tokens: Token[], at: number, first: number, names: NameMention[]): NameMention | null {
  let speech = -1;
  for (let i = at - 1; i >= first; i--)
    if (SPEECH_VERBS.has(tokens[i]?.norm ?? '') || /^(statement|saying)$/.test(tokens[i]?.norm ?? '')) {
      speech = i;
      break;
    }
  if (speech < 0) return null;
  const found = names.filter((n) => n.to <= speech && n.from >= first && isArmed(n)).at(-1);
  if (!found) return null;
  // ("JNIM, al Qaeda's affiliate in the Sahel, said …": the name the appositive describes speaks)
  const host = appositiveHost(tokens, names, names.indexOf(found));
  return host && isArmed(host) ? host : found;
}

/**
 * The armed group "the group" points back to: in the nearest sentence (its own words before token `at`
 * first) that names one, the first named, at most REACH sentences back ("The Afghan affiliate of
 * Islamic State remains the main challenge to the Taliban" → Islamic State: the subject comes first).
 */
function groupBefore(names: NameMention[], at: number, sentence: number): NameMention | null {
  let found: NameMention | null = null;
  for (let k = names.length - 1; k >= 0; k--) {
    const n = names[k];
    if (!n || n.from >= at) continue;
    if (n.sentence < sentence - REACH || (found && n.sentence < found.sentence)) break;
    if (isArmed(n)) found = n;
  }
  return found;
}

/**
 * Rule `claim.name-claimed`: "Islamic State claimed the attack in a statement": an armed group named
 * right before "claimed" (not "claimed responsibility", a claim trigger of its own) claims the act.
 * Returns the group's mention when the name ends at token `i - 1`.
 */
function claimedByName(tokens: Token[], i: number, names: NameMention[]): NameMention | null {
  // rule `claim.name-group-claimed`: "The Islamic State group claimed the bombing": "group" may stand
  // between the name and the verb
  let j = tokens[i]?.norm === 'group' ? i + 1 : i;
  while (CLAIM_ADVERBS.has(tokens[j]?.norm ?? '')) j++;
  if (!CLAIM_WORDS.has(tokens[j]?.norm ?? '') || CLAIM_OBJECTS.has(tokens[j + 1]?.norm ?? '')) return null;
  if (!/^(the|an|a|this)$/.test(tokens[j + 1]?.norm ?? '')) return null;
  return names.find((n) => n.to === i && isArmed(n)) ?? null;
}

/** Claims of the document's sentences, in text order. */
export function sentenceClaims(doc: AnnotatedDoc): SentenceClaim[] {
  const tokens = layer(doc, 'tokens');
  const names = layer(doc, 'names');
  const out: SentenceClaim[] = [];
  for (const s of layer(doc, 'sentences')) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const w = tokens[i]?.norm ?? '';
      if ((w === 'its' || w === 'their') && OWN_PEOPLE.has(tokens[i + 1]?.norm ?? '')) {
        const name = ownFightersSpeaker(tokens, i, s.firstToken, names);
        if (name) out.push({ sentence: s.index, name, rule: 'claim.own-fighters' });
        break;
      }
      // rule `claim.said-it`: "ISKP said it was behind the attack", "In a statement, ISKP said it had
      // carried out the bombing": the group that says it did the act claims it
      // ("… said through its Andalus radio that it had carried out the assault": "that" may come between)
      const prev = tokens[i - 1]?.norm ?? '';
      if ((w === 'it' || w === 'they') && (SPEECH_VERBS.has(prev) || prev === 'that')) {
        let j = i + 1;
        while (/^(had|has|have|was|were)$/.test(tokens[j]?.norm ?? '') && !DID_IT.has(tokens[j]?.norm ?? '')) j++;
        const did =
          DID_IT.has(`${tokens[j]?.norm} ${tokens[j + 1]?.norm}`) ||
          DID_IT.has(`${tokens[j - 1]?.norm} ${tokens[j]?.norm}`) ||
          DID_IT.has(tokens[j]?.norm ?? '');
        const name = did ? ownFightersSpeaker(tokens, i, s.firstToken, names) : null;
        if (name) {
          out.push({ sentence: s.index, name, rule: 'claim.said-it' });
          break;
        }
      }
      const named = claimedByName(tokens, i, names);
      if (named) {
        out.push({ sentence: s.index, name: named, rule: 'claim.name-claimed' });
        break;
      }
      if (w === 'the' && tokens[i + 1]?.norm === 'group') {
        let j = i + 2;
        while (CLAIM_ADVERBS.has(tokens[j]?.norm ?? '')) j++;
        if (!CLAIM_WORDS.has(tokens[j]?.norm ?? '') || CLAIM_OBJECTS.has(tokens[j + 1]?.norm ?? '')) continue;
        const name = groupBefore(names, i, s.index);
        if (name) out.push({ sentence: s.index, name, rule: 'claim.the-group-claimed' });
        break;
      }
    }
  }
  return out;
}

/** The attack or kidnapping whose evidence holds sentence `s`, else the latest one told before it; -1 if none. */
function claimTarget(events: readonly ExtractedEvent[], s: { start: number; end: number }): number {
  const holds = (e: ExtractedEvent) => e.evidence.some((x) => x.start <= s.start && x.end >= s.end - 1);
  const held = events.findIndex((e) => CLAIMABLE.test(e.type) && holds(e));
  if (held >= 0) return held;
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k];
    if (e && CLAIMABLE.test(e.type) && (e.evidence[0]?.start ?? Infinity) < s.start) return k;
  }
  return -1;
}

/** `claimsToAttacks(doc, events, regional)` → the events, each claimed attack with its claimant. */
export function claimsToAttacks(
  doc: AnnotatedDoc,
  events: ExtractedEvent[],
  regional: RegionalResolver = (a) => a,
): ExtractedEvent[] {
  const claims = sentenceClaims(doc);
  if (!claims.length) return events;
  const sentences = layer(doc, 'sentences');
  const tokens = layer(doc, 'tokens');
  const out = [...events];
  for (const c of claims) {
    const s = sentences[c.sentence];
    if (!s) continue;
    const event = out[claimTarget(out, s)];
    const target = out.indexOf(event as ExtractedEvent);
    if (!event) continue;
    const actor = regional(c.name.actor, c.sentence);
    if (event.actors.some((a) => a.role === 'claimant' && a.entity === actor.id)) continue;
    const mention = spanText(doc, tokens, c.name);
    out[target] = {
      ...event,
      actors: [...event.actors, { role: 'claimant', entity: actor.id, name: actor.name, mention, kind: actor.kind }],
      rules: [...event.rules, c.rule],
    };
  }
  return out;
}

const BLAME_VERBS = new Set(['blamed', 'blames', 'blame', 'blaming']);
const BLAME_DOUBTS = new Set(['not', "n't", 'no', 'declined', 'refused', 'without']);
/** How far after the verb "for <incident>" may come: the blamed list may hold brackets and an apposition. */
const BLAME_REACH = 30;

/**
 * "Soylu blamed the Kurdistan Workers' Party (PKK) and its Syrian offshoot, the People's Protection
 * Units (YPG), for the attack": the named groups between a blame verb and "for" + an incident
 * trigger (after at most a determiner), which the wire frames' plain noun phrase misses.
 */
function blamedForNamed(
  tokens: Token[],
  s: { firstToken: number; endToken: number },
  groups: readonly NameMention[],
  triggerStarts: ReadonlySet<number>,
): NameMention[] {
  for (let i = s.firstToken; i < s.endToken; i++) {
    if (!BLAME_VERBS.has(tokens[i]?.norm ?? '')) continue;
    if ([1, 2, 3].some((d) => BLAME_DOUBTS.has(tokens[i - d]?.norm ?? ''))) continue;
    for (let k = i + 2; k < Math.min(s.endToken, i + BLAME_REACH); k++) {
      if (tokens[k]?.norm !== 'for') continue;
      const det = /^(the|this|that|these|those|its|their)$/.test(tokens[k + 1]?.norm ?? '') ? 1 : 0;
      if (!triggerStarts.has(k + 1 + det)) break;
      return groups.filter((n) => n.from > i && n.to <= k);
    }
  }
  return [];
}

/**
 * Rule `perp.blamed-named` (mixed-case text): "Soylu blamed the Kurdistan Workers' Party (PKK) … for
 * the attack", "Officials hold Lashkar-e-Taiba responsible for the massacre": the frames of
 * policy `perp.blame-frame` (policies/blame-frames.ts, there for wire text), kept to the phrases that
 * are a named armed group or force, make it a perpetrator of the attack the sentence tells or, else,
 * of the latest attack told before it (as claims go, `claimsToAttacks`). The gold guidelines code a
 * suspect the text names as a perpetrator. New reports of 2026-11-26 0.665 -> 0.666 (Istiklal: PKK;
 * the YPG resolves to the KB's Syrian Democratic Forces), gold 57 0.759, the 49 older 0.777 and
 * MUC-4 dev 51.4 unchanged (mixed case only).
 */
export function blameToAttacks(doc: AnnotatedDoc, events: ExtractedEvent[]): ExtractedEvent[] {
  const tokens = layer(doc, 'tokens');
  const groups = layer(doc, 'names').filter(
    (n) => n.actor.kind === 'organization' && BLAMED_CATEGORIES.has(n.actor.category),
  );
  const triggerStarts = new Set(layer(doc, 'triggers').map((t) => t.from));
  const nameAt = (span: TokenSpan) => groups.find((n) => n.from === span.from && n.to === span.to) ?? null;
  const out = [...events];
  for (const s of layer(doc, 'sentences')) {
    const framed = blamedSpans(tokens, s.firstToken, s.endToken, (span) => nameAt(span) !== null)
      .map((b) => nameAt(b.span))
      .filter((n): n is NameMention => n !== null);
    const blamed = [...new Set([...framed, ...blamedForNamed(tokens, s, groups, triggerStarts)])];
    if (!blamed.length) continue;
    const target = claimTarget(out, s);
    const event = out[target];
    if (!event) continue;
    const actors = [...event.actors];
    for (const n of blamed)
      if (!actors.some((a) => a.role === 'perpetrator' && a.entity === n.actor.id))
        actors.push({
          role: 'perpetrator',
          entity: n.actor.id,
          name: n.actor.name,
          mention: spanText(doc, tokens, n),
          kind: n.actor.kind,
        });
    if (actors.length > event.actors.length)
      out[target] = { ...event, actors, rules: [...event.rules, 'perp.blamed-named'] };
  }
  return out;
}

const NAMING_VERBS = new Set(['named', 'identified']);
/** Lower-case words a person's name may hold ("Issa al H."): name particles. */
const NAME_PARTICLE_WORDS = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'ul', 'ud', 'van', 'von', 'de']);

/**
 * The person a capitalised run of two to four words at `from` names, when the knowledge base and the
 * person finder had no cue for it ("named the gunman as Kujtim Fejzulai"); null otherwise.
 */
function capitalisedPerson(doc: AnnotatedDoc, tokens: Token[], from: number, ceil: number): NameMention | null {
  let to = from;
  while (to < ceil && to - from < 4) {
    const t = tokens[to];
    const raw = t ? doc.text.slice(t.start, t.end) : '';
    if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(raw) && !(to > from && NAME_PARTICLE_WORDS.has(t?.norm ?? ''))) break;
    to++;
  }
  if (to - from < 2 || NAME_PARTICLE_WORDS.has(tokens[to - 1]?.norm ?? '')) return null;
  const written = doc.text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
  return { sentence: tokens[from]?.sentence ?? 0, from, to, actor: personEntry(written), rule: 'perp.named-attacker' };
}

/**
 * Rule `perp.named-attacker` (mixed-case text): "Nehammer named the gunman as Kujtim Fejzulai", "The
 * attacker was identified as Kujtim Fejzulai": the person named right after "named/identified …
 * as", where the words before it call him the gunman, attacker, bomber or assailant, is a
 * perpetrator of the attack the sentence tells or, else, of the latest one before it, in place of
 * the unnamed attacker group it names (he is that gunman). A capitalised run of two to four words
 * after "as" is taken as the name when no person cue found it. New reports of 2026-11-26 0.666 ->
 * 0.669 (Vienna), gold 57 0.759 -> 0.760, the 49 older 0.777 and MUC-4 dev 51.4 unchanged (mixed
 * case only). Measured and not kept: the group kept beside the person (new reports 0.668).
 */
export function namedAttackers(doc: AnnotatedDoc, events: ExtractedEvent[]): ExtractedEvent[] {
  const tokens = layer(doc, 'tokens');
  const persons = layer(doc, 'names').filter((n) => n.actor.kind === 'person');
  const out = [...events];
  for (const s of layer(doc, 'sentences')) {
    for (let i = s.firstToken + 1; i < s.endToken - 1; i++) {
      if (!NAMING_VERBS.has(tokens[i]?.norm ?? '')) continue;
      let as = i + 1;
      while (as < Math.min(s.endToken, i + 4) && tokens[as]?.norm !== 'as') as++;
      if (tokens[as]?.norm !== 'as') continue;
      const person = persons.find((n) => n.from === as + 1) ?? capitalisedPerson(doc, tokens, as + 1, s.endToken);
      // the attacker word: between the verb and "as" ("named the gunman as"), or the subject before a
      // passive ("the attacker was identified as")
      const around = [...Array(as - i - 1).keys()].map((k) => i + 1 + k);
      const before = [i - 1, i - 2, i - 3].filter((k) => k >= s.firstToken);
      const attacker = [...around, ...before].some((k) => ATTACKER_WORDS.has(tokens[k]?.norm ?? ''));
      if (!person || !attacker) continue;
      const target = claimTarget(out, s);
      const event = out[target];
      if (!event || event.actors.some((a) => a.role === 'perpetrator' && a.name === person.actor.name)) continue;
      const actor = {
        role: 'perpetrator' as const,
        entity: person.actor.id,
        name: person.actor.name,
        mention: spanText(doc, tokens, person),
        kind: person.actor.kind,
      };
      const kept = event.actors.filter(
        (a) =>
          !(
            a.role === 'perpetrator' &&
            a.entity === null &&
            ATTACKER_WORDS.has(a.name.toLowerCase().split(/\s+/).at(-1) ?? '')
          ),
      );
      out[target] = { ...event, actors: [...kept, actor], rules: [...event.rules, 'perp.named-attacker'] };
    }
  }
  return out;
}

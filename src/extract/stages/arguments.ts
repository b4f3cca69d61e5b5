/**
 * Who did what to whom, by patterns around each trigger: the phrase before an active verb is
 * its agent and the phrase after it its patient; a passive verb turns them round and takes its
 * agent from "by …"; a noun trigger takes "by …", "on/against …" and "of …". Which role a phrase
 * plays then follows the event class and the phrase's head (a building is a target, a bomb a
 * weapon, a person a victim).
 */

import type { EventTypeCode, Role } from '../../domain/index.js';
import {
  type AnnotatedDoc,
  type Argument,
  layer,
  type NameMention,
  spanText,
  type Token,
  type TokenSpan,
  type Trigger,
} from '../annotated.js';
import { headOf, phraseAfter, phraseBefore } from '../chunk.js';
import type { ActorEntry } from '../knowledge-port.js';
import { ANAPHOR_HEADS, ATTACKER_NOUNS, ATTACKER_WORDS, HEADS_BY_ROLE } from '../lexicons/actor-heads.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../lexicons/calendar.js';
import { FACILITY_HEADS, WEAPON_WORDS } from '../lexicons/nouns.js';
import { UNITS } from '../lexicons/numbers.js';
import { CLAIM_VERBS, SPEECH_VERBS } from '../lexicons/stance.js';
import { wordMap } from '../lexicons/word-table.js';
import { fillerBounds } from '../policies/filler-bounds.js';
import { outsideNames } from '../policies/name-shadow.js';
import { defineStage } from '../stage.js';
import { affiliatedPerpetrators } from './affiliation.js';
import { amongTheDead, namedDead } from './among-the-dead.js';
import { resolveAnaphor } from './anaphora.js';
import { isMixedCase } from './persons.js';
import { type RegionalResolver, regionalResolver } from './regional-actor.js';
import { victimAppositions } from './victim-apposition.js';

const WEAPON_HEADS = new Set(WEAPON_WORDS.map((w) => w.split(' ').at(-1) ?? w));
const SKIP_BEFORE = new Set(
  'have has had reportedly allegedly also today yesterday then later who which that first initially again'.split(' '),
);

type Slot = 'agent' | 'patient' | 'claimant';
/** Role of an agent/patient phrase, by event class. */
const ROLE_BY_CLASS: Readonly<Record<string, Record<'agent' | 'patient', Role | null>>> = {
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

const SUBJECT_PRONOUNS = new Set(['they', 'it', 'he', 'she', 'we']);
/** Adverbs a speech verb may carry ("officials later said"). */
const SPEECH_ADVERBS = new Set(['later', 'also', 'then', 'earlier']);

/**
 * Rule `arg.speaker-subject`: "Afghan security officials later said they had arrested a man": the
 * pronoun before the verb is the speaker, so the speaker's phrase fills the agent slot — when it
 * names an actor or a kind of agent; else the pronoun points back as `arg.active.pronoun` says.
 * `speakerBeforePronoun(tokens, trigger.from, floor)` → the span of "Afghan security officials".
 */
function speakerBeforePronoun(tokens: Token[], verbAt: number, floor: number): TokenSpan | null {
  let k = skipLeft(tokens, verbAt, floor);
  if (!SUBJECT_PRONOUNS.has(tokens[k - 1]?.norm ?? '')) return null;
  k--;
  if (tokens[k - 1]?.norm === 'that') k--;
  if (!SPEECH_VERBS.has(tokens[k - 1]?.norm ?? '')) return null;
  k--;
  while (k > floor && SPEECH_ADVERBS.has(tokens[k - 1]?.norm ?? '')) k--;
  return phraseBefore(tokens, k, floor);
}

function prepPhrase(tokens: Token[], start: number, ceil: number, preps: string[]): TokenSpan | null {
  for (let i = start; i < Math.min(ceil, start + 6); i++) {
    const w = tokens[i]?.norm ?? '';
    if (preps.includes(w)) return phraseAfter(tokens, i + 1, ceil);
    if (/^[,;.]$/.test(w)) return null;
  }
  return null;
}

/** Patients that point back at an attack's own attackers ("killed them", "shot the attackers"). */
const ATTACKERS_BACK = new Set(['them', 'attackers', 'attacker', 'assailants', 'assailant']);
const SERIES = new Set(['string', 'series', 'wave', 'spate', 'number', 'couple', 'pair']);
const COUNT_WORD = /^(\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens|many)$/;
/** Verbs whose subject is behind an attack without naming how: "Farooqi had planned the attack". */
const PLANNER_VERBS: readonly (readonly string[])[] = [
  'planned plotted masterminded orchestrated organised organized ordered directed staged perpetrated committed rammed',
  // (not "detonated", "planted", "launched": on MUC-4 dev they named other actors than the
  // templates' perpetrators, -0.2 F1)
  'carried out,was behind,were behind,is behind,are behind,was responsible for,were responsible for',
].flatMap((line, k) => (k === 0 ? line.split(' ').map((w) => [w]) : line.split(',').map((p) => p.split(' '))));
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'both']);
const PLANNER_SKIP = new Set([
  'had',
  'has',
  'have',
  'who',
  'which',
  'that',
  'allegedly',
  'reportedly',
  'also',
  'personally',
  ',',
]);

/**
 * Rule `arg.noun.planner`: "Farooqi had planned the attack", "X masterminded the bombing", "X, who
 * carried out the bombing", "fighters rammed a car bomb": the subject
 * of a planning or weapon-using verb right before a noun trigger is its perpetrator.
 */
function plannerOf(
  tokens: Token[],
  tr: Trigger,
  floor: number,
  verbs: readonly (readonly string[])[] = PLANNER_VERBS,
): TokenSpan | null {
  let i = tr.from;
  // "ISKP claimed the funeral bombing", "X planned the hospital attack": one noun may stand between
  // the determiner and the trigger
  if (/^\p{L}+$/u.test(tokens[i - 1]?.norm ?? '') && NOUN_DETERMINERS.has(tokens[i - 2]?.norm ?? '')) i--;
  // "the attack", "ten rockets", "an explosives-laden car bomb"
  while (i > floor && (NOUN_DETERMINERS.has(tokens[i - 1]?.norm ?? '') || COUNT_WORD.test(tokens[i - 1]?.norm ?? '')))
    i--;
  // "a string of bomb attacks", "a series of bombings"
  if (tokens[i - 1]?.norm === 'of' && SERIES.has(tokens[i - 2]?.norm ?? '')) {
    i -= 2;
    while (i > floor && NOUN_DETERMINERS.has(tokens[i - 1]?.norm ?? '')) i--;
  }
  if (i === tr.from) return null;
  const verb = verbs.find(
    (words) => i - words.length >= floor && words.every((w, k) => tokens[i - words.length + k]?.norm === w),
  );
  if (!verb) return null;
  let j = i - verb.length;
  while (j > floor && PLANNER_SKIP.has(tokens[j - 1]?.norm ?? '')) j--;
  const phrase = phraseBefore(tokens, j, floor);
  if (!phrase) return null;
  // "police named the gunmen, who carried out …": the phrase starts at its last determiner
  let from = phrase.from;
  // (articles only: "its fighters" keeps "its", which points back to the group)
  for (let k = phrase.from; k < phrase.to - 1; k++) if (/^(the|a|an)$/.test(tokens[k]?.norm ?? '')) from = k + 1;
  return { from, to: phrase.to };
}

/**
 * Rule `arg.noun.claimed`: "ISKP claimed the attack", "ISKP claimed that bombing, which killed …":
 * the subject of "claimed" right before a noun trigger is its claimant (named actors only: the
 * claimant role takes no unnamed heads). "claimed by ISKP" after the noun is one too.
 */
const claimedBy = (tokens: Token[], tr: Trigger, ceil: number): boolean => {
  for (let i = tr.to; i < Math.min(ceil, tr.to + 4); i++)
    if (tokens[i]?.norm === 'by') return tokens[i - 1]?.norm === 'claimed';
  return false;
};

const QUANTITY_NOUNS = new Set(['dozens', 'hundreds', 'scores', 'thousands', 'tens', 'dozen', 'hundred', 'score']);
/**
 * Rule `arg.quantity-head`: "dozens of worshippers", "hundreds of inmates": the people counted are
 * the head, not the count (`headOf` takes the word before "of").
 */
function quantityHead(tokens: Token[], span: TokenSpan): string | null {
  for (let i = span.from; i < span.to - 2; i++)
    if (QUANTITY_NOUNS.has(tokens[i]?.norm ?? '') && tokens[i + 1]?.norm === 'of')
      return tokens[span.to - 1]?.norm ?? null;
  return null;
}

const COUNT_MODIFIERS = /^(about|around|nearly|almost|some|over|roughly|approximately)$/;
/**
 * Rule `arg.object-after-modifier`: where the object of a verb starts: after "on"/"at" of "opened fire on
 * students", "fired at a crowd", "shot at the audience", and after a count's modifier ("killed about 170 Afghans",
 * "at least 24 people", "more than 50 civilians").
 */
function objectStart(tokens: Token[], i: number): number {
  let j = i;
  // (and of "shot at the audience", "shooting at worshippers": the shot at are its victims)
  if (
    /^(on|at|upon|into)$/.test(tokens[j]?.norm ?? '') &&
    /^(fire|fired|shot|shooting)$/.test(tokens[j - 1]?.norm ?? '')
  )
    j++;
  if (COUNT_MODIFIERS.test(tokens[j]?.norm ?? '')) j++;
  else if (/^(at|more|up)$/.test(tokens[j]?.norm ?? '') && /^(least|than|to)$/.test(tokens[j + 1]?.norm ?? '')) j += 2;
  return j;
}

/** Where an explosion went off: the place it names is what it hit when that place is a facility. */
const SITE_PREPOSITIONS = ['in', 'at', 'inside', 'near', 'outside', 'on', 'under', 'into'];
/** A phrase this long may have been cut by the chunker ("the offices of the salvadoran workers national"). */
const SITE_MAX_WORDS = 6;
/**
 * Rule `arg.explosion-site`: "a bomb exploded in a hotel", "dynamite went off at a gas station",
 * "a bomb was placed outside government house": the facility a bombing's locative phrase names is
 * its target. (An intransitive "exploded" has no object, so `arg.active.object` never sees it.)
 * The phrase keeps the bounds of a filler (`filler.bounds`: "his vehicle" → "vehicle") and no article.
 * In wire text it fills beside the tagger's targets (`roles.wire-site-alongside`, figures there);
 * with the prepositions "in", "at", "inside" only: MUC-4 dev 47.0, fifth 42.2 (before the bounds);
 * without "near" 47.1 / 42.2, without "on" 47.1 / 42.2, all of them 47.1 / 42.3 (same state).
 */
function explosionSite(tokens: Token[], tr: Trigger, ceil: number): TokenSpan | null {
  if (tr.type !== 'attack.explosive') return null;
  const site = prepPhrase(tokens, tr.to, ceil, SITE_PREPOSITIONS);
  if (!site || site.to - site.from > SITE_MAX_WORDS) return null;
  const bounds = fillerBounds(tokens.slice(site.from, site.to).map((t) => t.norm));
  if (!bounds) return null;
  let from = site.from + bounds.from;
  const to = site.from + bounds.to;
  while (from < to - 1 && /^(the|a|an)$/.test(tokens[from]?.norm ?? '')) from++;
  const span = { from, to };
  return FACILITY_HEADS.has(headOf(tokens, span)) ? span : null;
}

/** Gerunds of hurting that tell an attack's victims after a comma; "killing" is a trigger of its own. */
const INJURY_GERUNDS = new Set(['wounding', 'injuring']);
const HURTING_CLASSES = new Set(['attack', 'airstrike']);

/**
 * Rule `arg.injury-gerund`: "a roadside bomb struck a vehicle … near Chaman on Tuesday, wounding three
 * soldiers": the wounded named after ", wounding" are the victims of the attack the sentence tells.
 */
function injuredAfter(tokens: Token[], tr: Trigger, ceil: number): TokenSpan | null {
  if (!HURTING_CLASSES.has(tr.type.split('.')[0] ?? '')) return null;
  for (let i = tr.to; i < ceil; i++)
    if (INJURY_GERUNDS.has(tokens[i]?.norm ?? '') && tokens[i - 1]?.norm === ',')
      return phraseAfter(tokens, objectStart(tokens, i + 1), ceil);
  return null;
}

/** Verbs of striking an attacker noun may take that are no trigger of their own ("a bomber struck …"). */
const AGENT_STRIKE_VERBS = new Set(['struck', 'hit', 'targeted', 'rammed']);

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
  // rule `arg.trigger-agent`: "a suicide bomber blew himself up", "gunmen stormed": the trigger
  // names its own attacker
  if (ATTACKER_NOUNS.has(tokens[tr.to - 1]?.norm ?? '')) {
    push('agent', { from: tr.from, to: tr.to }, 'arg.trigger-agent');
    // rule `arg.agent-struck`: "a suicide bomber struck worshippers at a mosque": the attacker noun's
    // own verb of striking, no trigger of its own, takes the victims as its object
    // (the phrase ends before a participle: "a gathering of worshippers | marking the birthday …")
    const object = AGENT_STRIKE_VERBS.has(tokens[tr.to]?.norm ?? '')
      ? phraseAfter(tokens, objectStart(tokens, tr.to + 1), ceil)
      : null;
    if (object) {
      let to = object.from + 1;
      while (to < object.to && !/^\w{3,}ing$/.test(tokens[to]?.norm ?? '')) to++;
      push('patient', { from: object.from, to }, 'arg.agent-struck');
    }
  }
  push('patient', explosionSite(tokens, tr, ceil), 'arg.explosion-site');
  push('patient', injuredAfter(tokens, tr, ceil), 'arg.injury-gerund');
  if (tr.form === 'verb') {
    push('agent', before(), 'arg.active.subject');
    push('patient', phraseAfter(tokens, objectStart(tokens, tr.to), ceil), 'arg.active.object');
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
  } else if (tokens[tr.to - 1]?.norm.endsWith('ing') && /[\p{L}\p{N}]/u.test(tokens[tr.to]?.norm ?? '')) {
    push('agent', plannerOf(tokens, tr, floor), 'arg.noun.planner');
    push('claimant', plannerOf(tokens, tr, floor, CLAIM_VERBS), 'arg.noun.claimed');
    // a gerund takes its object like a verb: ", killing at least 24 people"
    push('patient', phraseAfter(tokens, objectStart(tokens, tr.to), ceil), 'arg.gerund.object');
  } else {
    push('agent', plannerOf(tokens, tr, floor), 'arg.noun.planner');
    push('claimant', plannerOf(tokens, tr, floor, CLAIM_VERBS), 'arg.noun.claimed');
    const by = prepPhrase(tokens, tr.to, ceil, ['by']);
    if (claimedBy(tokens, tr, ceil)) push('claimant', by, 'arg.noun.claimed-by');
    else push('agent', by, 'arg.noun.by');
    push('patient', prepPhrase(tokens, tr.to, ceil, ['on', 'against', 'of', 'targeting']), 'arg.noun.on');
    // "an FMLN attack", "a Taliban ambush": a named group right before the noun
    const pre = phraseBefore(tokens, tr.from, floor);
    if (pre) push('agent', pre, 'arg.noun.premodifier');
  }
  return out;
}

/** Heads that name a group's people rather than the group: killed, they are its victims, not a target hit. */
const MEMBER_HEADS = new Set(['planners', 'fighters', 'militants', 'members', 'commanders']);

function roleFor(type: EventTypeCode, slot: Slot, head: string, named: ActorEntry | null): Role | null {
  const cls = type.split('.')[0] ?? '';
  if (slot === 'claimant') return cls === 'attack' || cls === 'kidnapping' ? 'claimant' : null;
  const role = ROLE_BY_CLASS[cls]?.[slot] ?? null;
  if (!role) return null;
  if (role === 'victim' && FACILITY_HEADS.has(head) && !named) return 'target';
  // rule `arg.members-victims`: "killed two of the group's planners": people of a group, killed, are victims
  if (role === 'victim' && named?.kind === 'organization' && !MEMBER_HEADS.has(head)) return 'target';
  return role;
}

function namedIn(names: NameMention[], span: TokenSpan): NameMention | null {
  const inside = names.filter((n) => n.from >= span.from && n.to <= span.to);
  // a person named in the phrase is its head ("ISKP leader Abdullah Orakzai"); else the last name
  return inside.find((n) => n.actor.kind === 'person') ?? inside.at(-1) ?? null;
}

/** Places and dates are never actors: a phrase is cut where a place or date mention begins or ends. */
function withoutPlacesAndDates(span: TokenSpan, blocked: Set<number>, rule: string): TokenSpan | null {
  const before = rule.includes('subject') || rule.includes('premodifier');
  let { from, to } = span;
  if (before) {
    for (let i = to - 1; i >= from; i--) if (blocked.has(i)) from = i + 1;
  } else {
    for (let i = from; i < to; i++)
      if (blocked.has(i)) {
        to = i;
        break;
      }
  }
  return to > from ? { from, to } : null;
}

/**
 * Rule `arg.infinitive-subject`: "we expect ISKP to try to derail them with further attacks", "ISKP
 * plans to attack Kabul": a named actor followed by "to", earlier in the trigger's clause, is who
 * would act. Never across a comma or a speech verb.
 */
function infinitiveSubject(tokens: Token[], tr: Trigger, floor: number, names: NameMention[]): TokenSpan | null {
  for (let i = tr.from - 1; i > Math.max(floor, tr.from - 12); i--) {
    const w = tokens[i]?.norm ?? '';
    if (/^[,;:—–]$/.test(w) || SPEECH_VERBS.has(w)) return null;
    if (w !== 'to') continue;
    const name = names.find((n) => n.to === i);
    if (name) return { from: name.from, to: name.to };
  }
  return null;
}

/**
 * Rule `arg.noun.claimed-relative`: "in an attack that Islamic State claimed", "the bombing, which
 * ISKP later claimed": the group named in a relative clause right after a noun trigger, before
 * "claimed", is its claimant.
 */
function relativeClaimant(tokens: Token[], tr: Trigger, ceil: number, names: NameMention[]): TokenSpan | null {
  if (tr.form !== 'noun') return null;
  let i = tr.to;
  if (tokens[i]?.norm === ',') i++;
  if (!/^(that|which)$/.test(tokens[i]?.norm ?? '')) return null;
  const name = names.find((n) => n.from === i + 1 && n.actor.kind === 'organization');
  if (!name) return null;
  let j = name.to;
  while (j < ceil && /^(later|also|quickly|has|had|swiftly)$/.test(tokens[j]?.norm ?? '')) j++;
  return /^(claimed|claims)$/.test(tokens[j]?.norm ?? '') ? { from: name.from, to: name.to } : null;
}

/** How far back the comma that opens an appositive may stand. */
const APPOSITIVE_REACH = 20;
/**
 * Rule `arg.appositive-subject`: "Tehreek-e-Jihad Pakistan, a little-known group that officials
 * describe as a front for the Pakistani Taliban, claimed responsibility": a verb right after the
 * comma that closes an appositive takes the name before the appositive's opening comma as subject.
 */
function appositiveSubject(tokens: Token[], tr: Trigger, floor: number, names: NameMention[]): TokenSpan | null {
  if (tr.form !== 'verb') return null;
  let i = tr.from;
  while (i > floor && /^(also|later|then|has|had|have|quickly|swiftly)$/.test(tokens[i - 1]?.norm ?? '')) i--;
  if (tokens[i - 1]?.norm !== ',') return null;
  for (let k = i - 2; k > Math.max(floor, i - APPOSITIVE_REACH); k--) {
    if (/^[;:]$/.test(tokens[k]?.norm ?? '')) return null;
    if (tokens[k]?.norm !== ',') continue;
    const name = names.find((n) => n.to === k && n.actor.kind === 'organization');
    return name ? { from: name.from, to: name.to } : null;
  }
  return null;
}

/** "it had captured", "they have arrested": a pronoun subject is the organisation the sentence named last. */
function pronounSubject(tokens: Token[], tr: Trigger, floor: number, names: NameMention[]): NameMention | null {
  let i = tr.from;
  while (i > floor && /^(had|has|have|was|were|later|also|then|reportedly)$/.test(tokens[i - 1]?.norm ?? '')) i--;
  if (!/^(it|they)$/.test(tokens[i - 1]?.norm ?? '')) return null;
  return names.filter((n) => n.to < i && n.actor.kind === 'organization').at(-1) ?? null;
}

/** "the group's leader, Abdullah Orakzai": a person named right after the phrase is who it means. */
function appositivePerson(tokens: Token[], span: TokenSpan, names: NameMention[]): NameMention | null {
  if (tokens[span.to]?.norm !== ',') return null;
  return names.find((n) => n.from === span.to + 1 && n.actor.kind === 'person') ?? null;
}

/** "gunmen and suicide bombers": the phrases joined to a patient by "and" are patients too. */
function conjuncts(tokens: Token[], span: TokenSpan, ceil: number): TokenSpan[] {
  const out = [span];
  let end = span.to;
  while (out.length < 3 && tokens[end]?.norm === 'and') {
    let start = end + 1;
    while (/^(at|least|more|than|about|nearly|some|around|over)$/.test(tokens[start]?.norm ?? '')) start++;
    const next = phraseAfter(tokens, start, ceil);
    if (!next) break;
    out.push(next);
    end = next.to;
  }
  return out;
}

/**
 * The first phrase of the clause that ends in a head the role takes ("Gunmen disguised in police
 * uniforms attacked" → "Gunmen"): the subject when the words right before the verb are a modifier.
 */
function clauseSubject(tokens: Token[], tr: Trigger, floor: number, heads: ReadonlySet<string>): TokenSpan | null {
  let start = tr.from;
  // a speech verb opens a clause too: "Police said the attacker opened fire" (not "Police"); so does
  // "that" (rule `arg.clause-that`: "the minister told reporters that 21 people had been killed": the
  // reporters are who he spoke to, no part of the clause that tells the killing)
  while (
    start > floor &&
    !/^[,;:—–-]$/.test(tokens[start - 1]?.norm ?? '') &&
    !SPEECH_VERBS.has(tokens[start - 1]?.norm ?? '') &&
    tokens[start - 1]?.norm !== 'that'
  )
    start--;
  for (let i = start; i < tr.from; i++)
    if (heads.has(tokens[i]?.norm ?? '') && !heads.has(tokens[i + 1]?.norm ?? ''))
      return phraseBefore(tokens, i + 1, start);
  return null;
}

const MONTHS = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);
/** Token indexes that belong to a place or a date mention, or look like a date ("March 25"). */
function blockedTokens(doc: AnnotatedDoc): Set<number> {
  const out = new Set<number>();
  const places = outsideNames(layer(doc, 'places'), layer(doc, 'names'));
  for (const m of [...places, ...layer(doc, 'dates')]) for (let i = m.from; i < m.to; i++) out.add(i);
  const tokens = layer(doc, 'tokens');
  tokens.forEach((t, i) => {
    if (MONTHS.has(t.norm) && /^\d{1,2}$/.test(tokens[i + 1]?.norm ?? '')) out.add(i).add(i + 1);
  });
  return out;
}

/** What the arguments of every trigger read, computed once per document so the stage stays linear. */
export interface ArgumentContext {
  names: NameMention[];
  namesBySentence: Map<number, NameMention[]>;
  blocked: Set<number>;
  /** demonyms ("afghans"): people, so victims or detainees. */
  nationalities: Readonly<Record<string, string>>;
  /** the regional branch a generic group name means where the sentence is (see regional-actor.ts) */
  regional: RegionalResolver;
  /** the actor "IS fighters" / "IS militants" names */
  islamicState?: ActorEntry | undefined;
}

/**
 * Rule `actor.is-abbrev`: "IS" is also the verb "is", so the n-gram matcher never takes it as a
 * name; written in capitals right before an armed group's head ("IS militants", "IS fighters")
 * it is the Islamic State. Single-case text cannot tell the two apart and is left alone.
 */
function isAbbrevActor(doc: AnnotatedDoc, tokens: Token[], span: TokenSpan, ctx: ArgumentContext): ActorEntry | null {
  if (!ctx.islamicState) return null;
  // the phrase chunker stops at "is", so the word right before the phrase counts too
  for (let i = Math.max(0, span.from - 1); i < span.to - 1; i++) {
    const t = tokens[i];
    if (t && doc.text.slice(t.start, t.end) === 'IS' && ANAPHOR_HEADS.has(tokens[i + 1]?.norm ?? ''))
      return ctx.islamicState;
  }
  return null;
}
export function argumentContext(
  doc: AnnotatedDoc,
  nationalities: Readonly<Record<string, string>> = {},
  regional: RegionalResolver = (actor) => actor,
  islamicState?: ActorEntry,
): ArgumentContext {
  const names = layer(doc, 'names');
  const namesBySentence = new Map<number, NameMention[]>();
  for (const n of names) namesBySentence.set(n.sentence, [...(namesBySentence.get(n.sentence) ?? []), n]);
  return { names, namesBySentence, blocked: blockedTokens(doc), nationalities, regional, islamicState };
}

export function argumentsOf(doc: AnnotatedDoc, tr: Trigger, context?: ArgumentContext): Argument[] {
  const tokens = layer(doc, 'tokens');
  const sentence = layer(doc, 'sentences')[tr.sentence];
  if (!sentence) return [];
  const ctx = context ?? argumentContext(doc);
  const docNames = ctx.names;
  const names = ctx.namesBySentence.get(tr.sentence) ?? [];
  const args: Argument[] = [];
  const blocked = ctx.blocked;
  const pronoun = tr.form === 'verb' ? pronounSubject(tokens, tr, sentence.firstToken, names) : null;
  const found = slots(tokens, tr, sentence.firstToken, sentence.endToken).flatMap((x) =>
    x.slot === 'patient' ? conjuncts(tokens, x.span, sentence.endToken).map((span) => ({ ...x, span })) : [x],
  );
  const planned = infinitiveSubject(tokens, tr, sentence.firstToken, names);
  if (planned) found.push({ slot: 'agent', span: planned, rule: 'arg.infinitive-subject' });
  const claimedRelative = relativeClaimant(tokens, tr, sentence.endToken, names);
  if (claimedRelative) found.push({ slot: 'claimant', span: claimedRelative, rule: 'arg.noun.claimed-relative' });
  const appositive = found.some((x) => x.slot === 'agent')
    ? null
    : appositiveSubject(tokens, tr, sentence.firstToken, names);
  if (appositive) found.push({ slot: 'agent', span: appositive, rule: 'arg.appositive-subject' });
  if (!found.some((x) => x.slot === 'agent')) {
    const speaker = tr.form === 'verb' ? speakerBeforePronoun(tokens, tr.from, sentence.firstToken) : null;
    const agentRole = ROLE_BY_CLASS[tr.type.split('.')[0] ?? '']?.agent;
    const speaks =
      speaker && (namedIn(names, speaker) || (agentRole && HEADS_BY_ROLE[agentRole]?.has(headOf(tokens, speaker))));
    if (speaker && speaks) found.push({ slot: 'agent', span: speaker, rule: 'arg.speaker-subject' });
    else if (pronoun)
      found.push({ slot: 'agent', span: { from: pronoun.from, to: pronoun.to }, rule: 'arg.active.pronoun' });
  }
  const deviceOnly = isDeviceSubjectVerb(tokens, tr, found);
  for (const { slot, span: phrase, rule: slotRule } of found) {
    if (deviceOnly && slot === 'agent' && slotRule.startsWith('arg.active')) continue;
    const trimmed = withoutPlacesAndDates(phrase, blocked, slotRule);
    if (!trimmed) continue;
    let span = trimmed;
    let rule = slotRule;
    let head = quantityHead(tokens, span) ?? headOf(tokens, span);
    let named = namedIn(names, span) ?? appositivePerson(tokens, span, names);
    let role = roleFor(tr.type, slot, head, named?.actor ?? null);
    if (!role) continue;
    const roleHeads = HEADS_BY_ROLE[role];
    // rule `arg.passive.clause-subject`: "Three men suspected of planning the attack were arrested":
    // the passive's subject is the first phrase of the clause when the words before the verb end elsewhere
    const passiveSubject = rule === 'arg.passive.subject' && !named && roleHeads && !roleHeads.has(head);
    if (!named && roleHeads && !roleHeads.has(head) && (rule === 'arg.active.subject' || passiveSubject)) {
      const subject = clauseSubject(tokens, tr, sentence.firstToken, roleHeads);
      const subjectHead = subject ? headOf(tokens, subject) : '';
      if (subject && roleHeads.has(subjectHead)) {
        span = subject;
        head = subjectHead;
        named = namedIn(names, span);
        rule = passiveSubject ? 'arg.passive.clause-subject' : 'arg.active.clause-subject';
      }
    }
    if (WEAPON_HEADS.has(head) && !named) continue; // "an IED killed …": the weapon is not an actor
    if (/^\d/.test(head) || UNITS.has(head)) continue; // a bare figure ("500 killed") is a count, not an actor
    // "an FMLN attack": the name stands right before the noun, not anywhere to its left
    if (slotRule === 'arg.noun.premodifier' && named?.to !== tr.from) continue;
    const abbrev = named ? null : isAbbrevActor(doc, tokens, span, ctx);
    if (abbrev) rule = `${rule}+actor.is-abbrev`;
    const resolved =
      !named && !abbrev && ANAPHOR_HEADS.has(head) ? resolveAnaphor(tokens, span, tr.sentence, docNames, head) : null;
    const written = named?.actor ?? resolved?.antecedent.actor ?? abbrev;
    const actor = written ? ctx.regional(written, tr.sentence) : null;
    if (actor && actor !== written) rule = `${rule}+actor.regional-branch`;
    // an unnamed phrase fills a role only when its head is a kind of thing that role takes
    const demonym = (role === 'victim' || role === 'detainee') && wordMap(ctx.nationalities).has(head);
    if (!actor && !HEADS_BY_ROLE[role]?.has(head) && !demonym) continue;
    role = roleFor(tr.type, slot, head, actor) ?? role;
    const mentionSpan = named ?? span;
    const mention = spanText(doc, tokens, mentionSpan);
    args.push({
      trigger: tr.id,
      sentence: tr.sentence,
      ...mentionSpan,
      role,
      kind: actor ? actor.kind : 'group',
      mention,
      actor,
      rule: [rule, resolved?.rule, role === 'victim' && actor?.kind === 'organization' ? 'arg.members-victims' : null]
        .filter(Boolean)
        .join('+'),
    });
  }
  // rule `arg.response`: "… before Afghan security forces killed them", "five of the gunmen were
  // killed by security forces", "forces killed 21 attackers", "before special forces stormed the
  // building": who kills the attackers answers the attack; they are not its perpetrators
  const response = tr.type.startsWith('attack') ? killsAttackers(tokens, tr, sentence.firstToken) : null;
  // ("killed them" may be anyone killed: there only the forces' roles go)
  if (response === 'them')
    return args.filter((a) => !(a.role === 'perpetrator' && a.actor?.category === 'state_security'));
  if (response) return args.filter((a) => a.role !== 'perpetrator');
  return args;
}

/** Unnamed forces that answer an attack ("security forces", "special forces", "snipers"). */
const RESPONDERS = new Set(
  'forces force police policemen troops soldiers army military snipers commandos guards'.split(' '),
);
/** Words between a killing verb and the attackers it names: "the", "all", "both", a count, "of the". */
const ATTACKER_DETERMINERS = /^(the|all|both|two|three|four|five|six|seven|eight|nine|ten|\d+|of|several|most)$/;
/** Words before an attacker noun that point back to attackers already told of ("the", "both", "all", "of"). */
const BACK_DETERMINERS = /^(the|all|both|of)$/;
/**
 * Whether the attack trigger's patient is the attackers themselves (rule `arg.response`): words that
 * point back to an attack's attackers ("the attackers", "both assailants", "them"), or an attacker
 * noun after "the"/"both"/"all" ("five of the gunmen"); "killed three gunmen" may be a raid of its own.
 */
function killsAttackers(tokens: Token[], tr: Trigger, floor: number): 'them' | 'attackers' | null {
  const at = (i: number, step: number): 'them' | 'attackers' | null => {
    const w = tokens[i]?.norm ?? '';
    if (w === 'them') return 'them';
    if (ATTACKERS_BACK.has(w)) return 'attackers';
    const back = BACK_DETERMINERS.test(tokens[i - 1]?.norm ?? '') || BACK_DETERMINERS.test(tokens[i - 2]?.norm ?? '');
    return ATTACKER_WORDS.has(w) && back && step !== 0 ? 'attackers' : null;
  };
  // "five of the gunmen were killed by security forces": the attacker noun is the trigger
  if (ATTACKER_NOUNS.has(tokens[tr.to - 1]?.norm ?? '') && /^(was|were)$/.test(tokens[tr.to]?.norm ?? ''))
    return /^(killed|shot|liquidated|neutralised|neutralized|eliminated)$/.test(tokens[tr.to + 1]?.norm ?? '')
      ? at(tr.to - 1, -1)
      : null;
  // "… before special forces stormed the building": forces acting after the attack has begun
  if (tr.form === 'verb' && RESPONDERS.has(tokens[tr.from - 1]?.norm ?? '')) {
    for (let i = tr.from - 2; i >= Math.max(floor, tr.from - 4); i--)
      if (/^(before|until|after|when)$/.test(tokens[i]?.norm ?? '')) return 'attackers';
  }
  if (tr.form === 'verb') {
    let i = tr.to;
    while (i < tr.to + 4 && ATTACKER_DETERMINERS.test(tokens[i]?.norm ?? '')) i++;
    return at(i, 1);
  }
  if (tr.form !== 'passive') return null;
  let i = tr.from - 1;
  while (i > floor && /^(was|were|been|being|had|have|has|later|also|all)$/.test(tokens[i]?.norm ?? '')) i--;
  return at(i, -1);
}

export const argumentsStage = defineStage({
  id: 'arguments',
  requires: ['sentences', 'tokens', 'triggers', 'names', 'places', 'dates', 'casualties'],
  assigns: ['arguments'],
  run: (doc, { knowledge }) => {
    const ctx = argumentContext(
      doc,
      knowledge.nationalities,
      regionalResolver(doc, knowledge),
      knowledge.actors.lookup(knowledge.normalizeName('Islamic State')),
    );
    const triggers = layer(doc, 'triggers');
    const own = triggers.flatMap((tr) => argumentsOf(doc, tr, ctx));
    const tokens = layer(doc, 'tokens');
    const names = layer(doc, 'names');
    const listed = [
      ...amongTheDead(doc.text, tokens, triggers, names),
      // (mixed-case reports only: on MUC-4 dev, single-case wire text, it cost 0.1 F1 of precision)
      ...(isMixedCase(doc.text) ? namedDead(doc.text, tokens, triggers, names) : []),
      ...affiliatedPerpetrators(doc.text, tokens, triggers, names),
      ...victimAppositions(
        doc.text,
        tokens,
        layer(doc, 'sentences'),
        triggers,
        layer(doc, 'casualties'),
        names,
        wordMap(knowledge.nationalities),
      ),
    ];
    return { layers: { arguments: listed.length ? [...own, ...listed] : own } };
  },
});

/** Verbs whose subject, when they take no object, is the device: "a bomb fixed to a police van exploded". */
const DEVICE_VERBS = new Set(['exploded', 'explode', 'explodes']);

/**
 * Rule `arg.device-subject`: "a sticky bomb attached to a police vehicle exploded": an explosion verb
 * with no object has the device for its subject, so nothing before it is the attacker ("terrorists
 * exploded a bomb", with its object, keeps its agent).
 */
function isDeviceSubjectVerb(tokens: Token[], tr: Trigger, found: readonly { slot: string }[]): boolean {
  return (
    tr.form === 'verb' && DEVICE_VERBS.has(tokens[tr.from]?.norm ?? '') && !found.some((x) => x.slot === 'patient')
  );
}

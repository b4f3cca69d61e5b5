/**
 * Roles in an arrest that its trigger's arguments miss.
 * - `roles.attackers-detained`: "11 people had been detained, among them all four suspected gunmen":
 *   in an arrest, the attackers named as such are the detained, not perpetrators of it.
 * - `roles.raider-arrests`: "Police raided 18 addresses and detained 14 suspects": when a raid and
 *   an arrest make one arrest, the raid's agent — a force (police, troops, officials, …) or a named
 *   state security body — is the arresting party, not a perpetrator. New reports 0.639 -> 0.642,
 *   gold 57 0.754 -> 0.755, the 49 older 0.777 and MUC-4 dev 51.4, train 56.8, fifth 62.2 unchanged.
 * - `arg.arrest-speaker`: "The head of the Federal Security Service (FSB) told Putin that 11 people
 *   had been detained": an arrest told without its agent was made by the security body that tells
 *   it — a state security force named before the trigger in its sentence;
 * - `arg.arrest-speaker-group`: "police in Peshawar said they had arrested three members of the TTP":
 *   with no such force named, a speaker that is an unnamed body able to detain (police, officials,
 *   security forces) made the arrest it tells of.
 */
import type { EventActor } from '../../domain/index.js';
import type { NameMention } from '../annotated.js';
import { ARRESTING_HEADS, ATTACKER_WORDS } from '../lexicons/actor-heads.js';
import { groupName } from './group-name.js';

const headOf = (name: string) => name.toLowerCase().split(/\s+/).at(-1) ?? '';

/** The arrest's actors with these roles set, and the rules that set them. */
export function arrestRoles(
  actors: readonly EventActor[],
  namesBefore: readonly NameMention[],
  mention: (n: NameMention) => string,
  speaker: string | null = null,
): { actors: EventActor[]; rules: string[] } {
  const rules: string[] = [];
  const forces = new Set(namesBefore.filter((n) => n.actor.category === 'state_security').map((n) => n.actor.id));
  const out = actors.map((a) => {
    if (a.role !== 'perpetrator') return a;
    if (a.entity === null ? ARRESTING_HEADS.has(headOf(a.name)) : forces.has(a.entity)) {
      if (!rules.includes('roles.raider-arrests')) rules.push('roles.raider-arrests');
      return { ...a, role: 'arresting_party' as const };
    }
    if (a.entity !== null || !ATTACKER_WORDS.has(headOf(a.name))) return a;
    if (!rules.includes('roles.attackers-detained')) rules.push('roles.attackers-detained');
    return { ...a, role: 'detainee' as const };
  });
  if (out.some((a) => a.role === 'arresting_party')) return { actors: out, rules };
  const force = speakingForce(namesBefore, mention, 'arresting_party');
  if (!force) return speakerGroup(out, rules, speaker);
  return { actors: [...out, force], rules: [...rules, 'arg.arrest-speaker'] };
}

/** The first state security force named before the trigger, as an actor in `role`. */
function speakingForce(
  namesBefore: readonly NameMention[],
  mention: (n: NameMention) => string,
  role: EventActor['role'],
): EventActor | null {
  const force = namesBefore.find((n) => n.actor.category === 'state_security');
  if (!force) return null;
  const { id, name, kind } = force.actor;
  return { role, entity: id, name, mention: mention(force), kind };
}

/**
 * Rule `arg.strike-speaker`: "US Central Command said that a drone strike in north-western Syria had
 * killed …": a strike or raid told without who made it was made by the security force that tells it,
 * named before the trigger in its sentence (as `arg.arrest-speaker` for arrests).
 */
export function strikeRoles(
  actors: readonly EventActor[],
  namesBefore: readonly NameMention[],
  mention: (n: NameMention) => string,
): { actors: EventActor[]; rules: string[] } {
  const force = actors.some((a) => a.role === 'perpetrator')
    ? null
    : speakingForce(namesBefore, mention, 'perpetrator');
  return force ? { actors: [...actors, force], rules: ['arg.strike-speaker'] } : { actors: [...actors], rules: [] };
}

/**
 * A saying verb whose own subject, as "they" or "it", makes the arrest ("said they had", "said on
 * Monday that they"): "officials said that suspects had been detained" says nothing of who held them.
 */
const SAYING = /^(.*?)\s+(said|say|says|told|announced|claimed|reported)\b[^,;]*\b(they|it)(\s+(had|have|has))?$/i;
/**
 * `speakerBefore('Separately, police in Peshawar said they had')` → "police in Peshawar": the phrase
 * before the saying verb whose "they" makes the arrest, after the sentence's last comma; null when none.
 */
export function speakerBefore(textBeforeTrigger: string): string | null {
  const said = SAYING.exec(textBeforeTrigger.trim());
  const phrase = said?.[1]?.split(/[,;:]/).at(-1)?.trim();
  return phrase ? phrase : null;
}

/** Words that end the body's own name in a speaker phrase ("police in Peshawar", "officials of the ministry"). */
const SPEAKER_CUT = /\s+(in|at|of|from|for|on)\s.*$/i;

/** Rule `arg.arrest-speaker-group`: the unnamed body that says it made the arrest. */
function speakerGroup(
  actors: EventActor[],
  rules: string[],
  speaker: string | null,
): { actors: EventActor[]; rules: string[] } {
  const body = speaker?.replace(SPEAKER_CUT, '') ?? '';
  if (!body || !ARRESTING_HEADS.has(headOf(body))) return { actors, rules };
  const name = groupName(body);
  return {
    actors: [...actors, { role: 'arresting_party', entity: null, name, mention: speaker ?? body, kind: 'group' }],
    rules: [...rules, 'arg.arrest-speaker-group'],
  };
}

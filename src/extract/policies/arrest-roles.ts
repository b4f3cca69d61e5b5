/**
 * Roles in an arrest that its trigger's arguments miss.
 * - `roles.attackers-detained`: "11 people had been detained, among them all four suspected gunmen":
 *   in an arrest, the attackers named as such are the detained, not perpetrators of it.
 * - `arg.arrest-speaker`: "The head of the Federal Security Service (FSB) told Putin that 11 people
 *   had been detained": an arrest told without its agent was made by the security body that tells
 *   it — a state security force named before the trigger in its sentence.
 */
import type { EventActor } from '../../domain/index.js';
import type { NameMention } from '../annotated.js';
import { ATTACKER_WORDS } from '../lexicons/actor-heads.js';

const headOf = (name: string) => name.toLowerCase().split(/\s+/).at(-1) ?? '';

/** The arrest's actors with these roles set, and the rules that set them. */
export function arrestRoles(
  actors: readonly EventActor[],
  namesBefore: readonly NameMention[],
  mention: (n: NameMention) => string,
): { actors: EventActor[]; rules: string[] } {
  const rules: string[] = [];
  const out = actors.map((a) => {
    if (a.role !== 'perpetrator' || a.entity !== null || !ATTACKER_WORDS.has(headOf(a.name))) return a;
    if (!rules.includes('roles.attackers-detained')) rules.push('roles.attackers-detained');
    return { ...a, role: 'detainee' as const };
  });
  if (out.some((a) => a.role === 'arresting_party')) return { actors: out, rules };
  const force = namesBefore.find((n) => n.actor.category === 'state_security');
  if (!force) return { actors: out, rules };
  rules.push('arg.arrest-speaker');
  const { id, name, kind } = force.actor;
  return { actors: [...out, { role: 'arresting_party', entity: id, name, mention: mention(force), kind }], rules };
}

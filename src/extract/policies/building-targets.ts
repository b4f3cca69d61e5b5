/**
 * Policy `roles.no-building-target`: in modern reports (the gold guidelines, the extraction
 * contract) buildings and vehicles are not actors: "a mosque", "the hospital", "a car" name where
 * or what was hit, and the place and the evidence already say it. The force or body owning them
 * may be a target, so named targets stay, and so do military positions (a checkpoint, a patrol),
 * which stand for the force holding them. MUC-4's templates do code physical targets: single-case
 * wire text keeps them (the same split as `roles.learned-first` in stages/events.ts).
 * Measured on data/gold (tuning): building targets were 2 right of 15 predicted.
 */
import type { EventActor } from '../../domain/index.js';
import { FACILITY_HEADS } from '../lexicons/nouns.js';

const HELD_BY_FORCES = new Set(['checkpoint', 'checkpoints', 'post', 'posts', 'base', 'barracks', 'patrol', 'convoy']);

/** `isBuildingTarget({role: 'target', entity: null, name: 'government hospital', …})` → true. */
export function isBuildingTarget(actor: EventActor): boolean {
  if (actor.role !== 'target' || actor.entity !== null) return false;
  const head = actor.name.toLowerCase().split(/\s+/).at(-1) ?? '';
  return FACILITY_HEADS.has(head) && !HELD_BY_FORCES.has(head);
}

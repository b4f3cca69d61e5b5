/**
 * Policy `fold.victimless`: an incident told with attackers or weapons but no one and nothing hit
 * ("the FMLN claimed the bombing", "guerrillas used dynamite") is part of an incident of the same
 * kind told with its victims; it folds into the nearest such incident before it, or else the first
 * one after it. Kinds are the incident kinds of the MUC-4 keys (a bombing and an armed attack
 * stay apart). Measured on MUC-4 (template F1): dev 37.3 → 38.1, train 49.8 → 51.5, the held-out
 * fifth of train with a tagger trained on the rest 38.2 → 38.8; merging every event of a kind
 * instead costs dev 1.5. Single-case text only (see the events stage).
 */

/** The incident kind of an event type, or null for types that never fold (statements, arrests …). */
export const INCIDENT_KIND: Readonly<Record<string, string>> = {
  'attack.explosive': 'bombing',
  'attack.armed': 'attack',
  'attack.assassination': 'attack',
  'attack.indirect_fire': 'attack',
  'clash.armed': 'attack',
  'kidnapping.abduction': 'kidnapping',
  'kidnapping.hostage_taking': 'kidnapping',
  'arson.arson': 'arson',
  'robbery.robbery': 'robbery',
};

/** What the policy reads of an event. */
export interface FoldView {
  type: string;
  /** roles of its actors ("perpetrator", "victim", "target", "claimant" …) */
  roles: readonly string[];
  weapons: number;
}

const HIT = new Set(['victim', 'target']);
const filled = (e: FoldView) => e.roles.length > 0 || e.weapons > 0;
const kindOf = (e: FoldView) => INCIDENT_KIND[e.type] ?? null;

/**
 * For each event (in text order), the index of the event it folds into, or -1 when it stays.
 * Hosts are events that stay; an event folds at most once.
 * `foldTargets([{type:'attack.armed', roles:['victim'], weapons:0}, {type:'attack.armed', roles:['perpetrator'], weapons:0}])` → [-1, 0].
 */
export function foldTargets(events: readonly FoldView[]): number[] {
  const into = events.map(() => -1);
  const victimless = (e: FoldView) => filled(e) && kindOf(e) !== null && !e.roles.some((r) => HIT.has(r));
  // hosts are the filled events of a kind that tell whom or what was hit
  const hosts = events.map((e) => filled(e) && kindOf(e) !== null && !victimless(e));
  // a victimless event folds into the nearest filled one of its kind before it that stays (a
  // victimless one stays only when no incident of its kind with victims follows), else into the
  // first one with victims after it
  events.forEach((e, i) => {
    if (!victimless(e)) return;
    for (let j = i - 1; j >= 0; j--) {
      const h = events[j] as FoldView;
      if (into[j] === -1 && filled(h) && kindOf(h) === kindOf(e)) {
        into[i] = j;
        break;
      }
    }
    if (into[i] !== -1) return;
    const next = events.findIndex((h, j) => j > i && hosts[j] && kindOf(h) === kindOf(e));
    if (next >= 0) into[i] = next;
  });
  return into;
}

/** What policy `perp.inherit-group` reads of an event. */
export interface InheritView {
  type: string;
  /** "role|kind" of its actors ("perpetrator|organization", "victim|group" …) */
  actors: readonly string[];
}

/**
 * Policy `perp.inherit-group`: in a wire report that tells several incidents, the armed group held
 * responsible for one is usually behind the next ones it tells without naming a group ("the FMLN
 * attacked a post in X … In Y a bus was burned"). An incident with a victim or target and no
 * perpetrator organisation takes the organisations of the nearest earlier incident that names
 * some. Measured on MUC-4 (template F1, after `fold.victimless`): dev 38.1 → 38.9, train 51.5 →
 * 51.6, the held-out fifth of train 38.8 → 39.2; individuals inherited too cost 0.4 on each.
 *
 * Rule `perp.inherit-next`: an incident told before any that names a group ("a bus was burned in X.
 * The FMLN attacked a post in Y …", or the lead sentence that sums up what follows) takes the
 * organisations of the event told right after it, when that is an incident that names some. MUC-4
 * (template F1): dev 43.4 → 44.0, the held-out fifth with the fold-trained tagger 41.7 → 41.7, train
 * 53.2 → 53.2; from the first later incident that names some, however far: dev 43.9, fifth 41.6; only
 * one of the same kind: dev 43.7, fifth 41.7.
 * For each event, the index of the event whose organisations it takes, or -1.
 * `inheritFrom([{type:'attack.armed', actors:['perpetrator|organization']}, {type:'arson.arson', actors:['target|group']}])` → [-1, 0].
 */
export function inheritFrom(events: readonly InheritView[]): number[] {
  let last = -1;
  const names = (e: InheritView | undefined) =>
    !!e && INCIDENT_KIND[e.type] !== undefined && e.actors.includes('perpetrator|organization');
  return events.map((e, i) => {
    if (INCIDENT_KIND[e.type] === undefined) return -1;
    const own = e.actors.includes('perpetrator|organization');
    const hit = e.actors.some((a) => a.startsWith('victim|') || a.startsWith('target|'));
    let from = !own && hit ? last : -1;
    // rule `perp.inherit-next`: none before it, the event right after it
    if (!own && hit && from === -1 && names(events[i + 1])) from = i + 1;
    if (own) last = i;
    return from;
  });
}

export const INHERIT_NEXT = { id: 'perp.inherit-next' } as const;

/**
 * Policy `fold.group-only`: an attack or a bombing told with nothing but the organisations that did
 * it — no one and nothing hit, no person or unit named as doing it, and not folded into an incident
 * of its kind by `fold.victimless` — speaks of the group's warfare ("the FMLN has attacked us in an
 * irrational and violent way", "condemn the bombings by the air force", "ETA attacks signify …"),
 * not of an incident the MUC-4 keys code: it keeps no perpetrator and no weapon. Kidnappings keep
 * theirs: the kidnapped are often left unnamed ("the FMLN has kidnapped a large number of youths").
 * Measured on MUC-4 (template F1): dev 44.0 → 44.2, the held-out fifth of train with the
 * fold-trained tagger 41.7 → 42.3, train 53.2 → 53.5; for every incident kind: dev 43.2 → 42.8,
 * fifth 41.4 → 42.4 (before `perp.inherit-next`); keeping the weapons: dev 44.0, fifth 42.1.
 */
export const GROUP_ONLY = { id: 'fold.group-only', kinds: new Set(['attack', 'bombing']) } as const;

/**
 * Whether an event is told with its organisations alone (policy `fold.group-only`); `actors` as in
 * InheritView ("role|kind"). `groupOnly({ type: 'attack.armed', actors: ['perpetrator|organization'] })` → true.
 */
export function groupOnly(e: InheritView): boolean {
  if (!GROUP_ONLY.kinds.has(INCIDENT_KIND[e.type] ?? '')) return false;
  const roles = e.actors.filter((a) => /^(perpetrator|victim|target)\|/.test(a));
  return roles.length > 0 && roles.every((a) => a === 'perpetrator|organization');
}

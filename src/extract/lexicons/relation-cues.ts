/**
 * Words that state a relation between a person (or group) and an organisation, with the relation
 * they state. Data with ids: each extracted relation records the rule that found it.
 */
import type { RelationType } from '../../domain/index.js';

export interface RelationCue {
  id: string;
  words: readonly string[];
  type: RelationType;
}

const cue = (id: string, type: RelationType, ...words: string[]): RelationCue => ({ id, words, type });

/** Role nouns: "ISKP leader X", "X, the emir of ISKP", "X, a TTP commander". */
export const ROLE_NOUNS: readonly RelationCue[] = [
  cue('rel.leader', 'leader_of', 'leader'),
  cue('rel.chief', 'leader_of', 'chief'),
  cue('rel.head', 'leader_of', 'head'),
  cue('rel.emir', 'leader_of', 'emir'),
  cue('rel.amir', 'leader_of', 'amir'),
  cue('rel.founder', 'leader_of', 'founder'),
  cue('rel.governor', 'leader_of', 'governor'),
  cue('rel.commander', 'member_of', 'commander'),
  cue('rel.member', 'member_of', 'member'),
  cue('rel.militant', 'member_of', 'militant'),
  cue('rel.fighter', 'member_of', 'fighter'),
  cue('rel.operative', 'member_of', 'operative'),
  cue('rel.spokesman', 'member_of', 'spokesman'),
  cue('rel.spokesperson', 'member_of', 'spokesperson'),
  cue('rel.ideologue', 'member_of', 'ideologue'),
  cue('rel.financier', 'member_of', 'financier'),
  cue('rel.recruiter', 'member_of', 'recruiter'),
];

/** Group-to-group nouns: "Jamaat-ul-Ahrar, a faction of the TTP". */
export const FACTION_NOUNS: readonly RelationCue[] = [
  cue('rel.faction', 'faction_of', 'faction'),
  cue('rel.splinter', 'faction_of', 'splinter'),
  cue('rel.wing', 'faction_of', 'wing'),
  cue('rel.branch', 'faction_of', 'branch'),
  cue('rel.affiliate', 'faction_of', 'affiliate'),
  cue('rel.offshoot', 'faction_of', 'offshoot'),
];

/** Rank words that may stand before a role noun without changing the relation ("senior commander"). */
export const RANK_WORDS = new Set([
  'senior',
  'top',
  'former',
  'local',
  'regional',
  'provincial',
  'key',
  'prominent',
  'alleged',
  'suspected',
  'self-styled',
  'self',
  'styled',
]);

/** A rank that turns a leader into a member ("deputy leader" leads nothing). */
export const SUBORDINATE_WORDS = new Set(['deputy', 'vice', 'assistant', 'acting', 'sub']);

/**
 * Words that tie unnamed attackers to a group: "the attackers, who were affiliated with the Islamic
 * State", "the attacker belonged to Islamic State", "gunmen loyal to ISKP".
 */
export const AFFILIATION_CUES: readonly RelationCue[] = [
  cue('rel.affiliated-with', 'member_of', 'affiliated', 'with'),
  cue('rel.linked-to', 'member_of', 'linked', 'to'),
  cue('rel.tied-to', 'member_of', 'tied', 'to'),
  cue('rel.loyal-to', 'member_of', 'loyal', 'to'),
  cue('rel.allied-with', 'member_of', 'allied', 'with'),
  cue('rel.belonged-to', 'member_of', 'belonged', 'to'),
  cue('rel.belonging-to', 'member_of', 'belonging', 'to'),
  cue('rel.belong-to', 'member_of', 'belong', 'to'),
  cue('rel.members-of', 'member_of', 'members', 'of'),
  cue('rel.member-of', 'member_of', 'member', 'of'),
];

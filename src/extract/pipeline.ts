/**
 * The extraction pipeline, in order. Each stage declares the layers it requires and assigns;
 * `assemble` refuses an order in which a stage would read a layer no earlier stage wrote.
 */
import { assemble } from './assemble.js';
import { argumentsStage } from './stages/arguments.js';
import { casualtiesStage } from './stages/casualties.js';
import { datesStage } from './stages/dates.js';
import { eventsStage } from './stages/events.js';
import { learnedRolesStage } from './stages/learned-roles.js';
import { namesStage } from './stages/names.js';
import { placesStage } from './stages/places.js';
import { relationsStage } from './stages/relations.js';
import { segmentStage } from './stages/segment.js';
import { stancesStage } from './stages/stances.js';
import { triggersStage } from './stages/triggers.js';
import { weaponsStage } from './stages/weapons.js';

export const STAGES = [
  segmentStage, // tokens + sentences, offsets into the original text
  datesStage,
  placesStage,
  namesStage, // KB actors, news sources, aliases the text teaches
  triggersStage,
  casualtiesStage,
  weaponsStage,
  argumentsStage, // needs triggers and names
  learnedRolesStage, // role fillers from the tagger trained on MUC-4 train
  stancesStage, // who says so, how sure
  eventsStage, // drafts → merged events → entities
  relationsStage, // "ISKP leader Abdullah Orakzai": leader/member/faction links between named actors
] as const;

export const PIPELINE = assemble(STAGES);

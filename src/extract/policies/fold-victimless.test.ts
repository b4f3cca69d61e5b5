import { describe, expect, it } from 'vitest';
import { type FoldView, foldTargets, groupOnly, type InheritView, inheritFrom } from './fold-victimless.js';

const ev = (type: string, roles: string[], weapons = 0): FoldView => ({ type, roles, weapons });
const shooting = ev('attack.armed', ['victim']);
const gunmen = ev('attack.armed', ['perpetrator']);
const bombing = ev('attack.explosive', ['target']);
const dynamite = ev('attack.explosive', [], 1);

describe('foldTargets (fold.victimless)', () => {
  it.each([
    { name: 'attackers told after the shooting join it', events: [shooting, gunmen], into: [-1, 0] },
    { name: 'attackers told before the shooting join it', events: [gunmen, shooting], into: [1, -1] },
    { name: 'a weapon alone joins the bombing before it', events: [bombing, dynamite], into: [-1, 0] },
    { name: 'the nearest incident before is the host', events: [shooting, shooting, gunmen], into: [-1, -1, 1] },
    { name: 'another kind never hosts', events: [bombing, gunmen], into: [-1, -1] },
    { name: 'with no host at all, the first stays and takes the rest', events: [gunmen, gunmen], into: [-1, 0] },
    { name: 'an empty event neither folds nor hosts', events: [ev('attack.armed', []), gunmen], into: [-1, -1] },
    {
      name: 'arrests and statements never fold',
      events: [shooting, ev('arrest.arrest', ['arresting_party'])],
      into: [-1, -1],
    },
    {
      name: 'leading attackers go to the first incident with victims',
      events: [gunmen, gunmen, shooting, shooting],
      into: [2, 2, -1, -1],
    },
  ])('$name', ({ events, into }) => {
    expect(foldTargets(events)).toEqual(into);
  });
});

const inc = (type: string, ...actors: string[]): InheritView => ({ type, actors });
const byFmln = inc('attack.armed', 'perpetrator|organization', 'victim|group');
const busBurned = inc('arson.arson', 'target|group');

describe('inheritFrom (perp.inherit-group)', () => {
  it.each([
    { name: 'a later incident without a group takes the earlier one’s', events: [byFmln, busBurned], from: [-1, 0] },
    // perp.inherit-next: none before it, the incident right after it
    { name: 'from the incident right after, when none before', events: [busBurned, byFmln], from: [1, -1] },
    { name: 'never from one further on', events: [busBurned, busBurned, byFmln], from: [-1, 2, -1] },
    {
      name: 'never from an arrest right after',
      events: [busBurned, inc('arrest.arrest', 'perpetrator|organization')],
      from: [-1, -1],
    },
    { name: 'the nearest earlier group', events: [byFmln, byFmln, busBurned], from: [-1, -1, 1] },
    {
      name: 'gunmen alone do not stop the group',
      events: [byFmln, inc('attack.armed', 'perpetrator|group', 'victim|group')],
      from: [-1, 0],
    },
    { name: 'nothing hit, nothing inherited', events: [byFmln, inc('attack.explosive')], from: [-1, -1] },
    { name: 'an arrest inherits nothing', events: [byFmln, inc('arrest.arrest', 'detainee|group')], from: [-1, -1] },
    {
      name: 'an inherited group is not passed on twice',
      events: [byFmln, busBurned, busBurned],
      from: [-1, 0, 0],
    },
  ])('$name', ({ events, from }) => {
    expect(inheritFrom(events)).toEqual(from);
  });
});

describe('groupOnly (fold.group-only)', () => {
  it.each([
    { type: 'attack.armed', actors: ['perpetrator|organization'], only: true },
    { type: 'attack.explosive', actors: ['perpetrator|organization', 'claimant|organization'], only: true },
    // someone or something hit, or a person or unit named: an incident
    { type: 'attack.armed', actors: ['perpetrator|organization', 'victim|group'], only: false },
    { type: 'attack.explosive', actors: ['perpetrator|organization', 'target|group'], only: false },
    { type: 'attack.armed', actors: ['perpetrator|organization', 'perpetrator|group'], only: false },
    // kidnappings keep theirs; events without actors are left alone
    { type: 'kidnapping.abduction', actors: ['perpetrator|organization'], only: false },
    { type: 'attack.armed', actors: [], only: false },
    { type: 'arrest.arrest', actors: ['arresting_party|organization'], only: false },
  ])('$type $actors → $only', ({ type, actors, only }) => {
    expect(groupOnly({ type, actors })).toBe(only);
  });
});

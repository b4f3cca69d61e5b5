import { describe, expect, it } from 'vitest';
import { type FoldView, foldTargets } from './fold-victimless.js';

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

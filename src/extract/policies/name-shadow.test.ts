import { describe, expect, it } from 'vitest';
import type { ActorEntry } from '../knowledge-port.js';
import { outsideNames } from './name-shadow.js';

const org = { kind: 'organization' } as ActorEntry;
const person = { kind: 'person' } as ActorEntry;

describe('policy place.inside-name', () => {
  it.each([
    // "Tehrik-i-Taliban Pakistan claimed …": Pakistan (token 1) lies inside the name (tokens 0–2)
    {
      label: 'country inside a group name',
      places: [{ from: 1, to: 2 }],
      names: [{ from: 0, to: 2, actor: org }],
      kept: 0,
    },
    { label: 'place after the name', places: [{ from: 5, to: 6 }], names: [{ from: 0, to: 2, actor: org }], kept: 1 },
    // a one-word name is the place itself ("Afghanistan" as a government) and a person's name is no organisation
    { label: 'one-word name', places: [{ from: 1, to: 2 }], names: [{ from: 1, to: 2, actor: org }], kept: 1 },
    { label: 'person', places: [{ from: 1, to: 2 }], names: [{ from: 0, to: 2, actor: person }], kept: 1 },
  ])('$label → keeps $kept', ({ places, names, kept }) => {
    expect(outsideNames(places, names)).toHaveLength(kept);
  });
});

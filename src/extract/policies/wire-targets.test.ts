import { describe, expect, it } from 'vitest';
import { isArmedTarget, patternFillsRole } from './wire-targets.js';

describe('patternFillsRole (roles.wire-target-patterns)', () => {
  it.each([
    { role: 'target', learned: [], fills: true },
    { role: 'target', learned: ['victim', 'perpetrator'], fills: true },
    { role: 'target', learned: ['target'], fills: false },
    { role: 'victim', learned: [], fills: false },
    { role: 'perpetrator', learned: [], fills: false },
  ])('$role with tagged $learned → $fills', ({ role, learned, fills }) => {
    expect(patternFillsRole(role, new Set(learned))).toBe(fills);
  });
});

describe('isArmedTarget (roles.no-armed-target)', () => {
  const names = new Set(['fmln', 'atlacatl battalion']);
  it.each([
    { role: 'target', mention: 'FMLN', category: undefined, armed: true },
    { role: 'target', mention: 'atlacatl battalion', category: undefined, armed: true },
    { role: 'target', mention: 'the army', category: 'state_security', armed: true },
    { role: 'target', mention: 'gas station', category: undefined, armed: false },
    { role: 'target', mention: 'fmln headquarters', category: undefined, armed: false },
    { role: 'target', mention: 'el espectador', category: 'media', armed: false },
    { role: 'perpetrator', mention: 'fmln', category: 'armed_group', armed: false },
  ])('$role $mention → $armed', ({ role, mention, category, armed }) => {
    expect(isArmedTarget({ role: role as 'target', mention }, names, category)).toBe(armed);
  });
});

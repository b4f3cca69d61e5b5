import { describe, expect, it } from 'vitest';
import { fold } from './fold.js';

describe('fold', () => {
  it.each([
    ['Tehrik-i-Taliban Pakistan', 'tehrik i taliban pakistan'],
    ['TEHRĪK-I-ṬĀLIBĀN PĀKISTĀN', 'tehrik i taliban pakistan'],
    ["Jama'at Nusrat al-Islam", 'jamaat nusrat al islam'],
    ['  ISIS–K ', 'isis k'],
    ['Boko Haram', 'boko haram'],
  ])('%s → %s', (input, expected) => expect(fold(input)).toBe(expected));
});

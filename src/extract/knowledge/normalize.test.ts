import { describe, expect, it } from 'vitest';
import { normalizeName, wordCount } from './normalize.js';

describe('normalizeName', () => {
  it.each([
    ['Asadābād', 'asadabad'],
    ['ASADABAD', 'asadabad'],
    ['Mazar-i-Sharif', 'mazar i sharif'],
    ['Mazar-e Sharif', 'mazar e sharif'],
    ['Tehrik-i-Taliban  Pakistan', 'tehrik i taliban pakistan'],
    ['Qal‘ah-ye Now', 'qalah ye now'],
    ["people's army", 'peoples army'],
    ['U.S. forces', 'us forces'],
    ['Washington, D.C.', 'washington dc'],
    ['St. Louis', 'st louis'],
    ['Córdoba', 'cordoba'],
    ['Bogotá D.C.', 'bogota dc'],
    ['Łódź', 'lodz'],
    ['Søndre Ål', 'sondre al'],
    ['Rŭshon', 'rushon'],
    ['Deh-e Şalāḩ', 'deh e salah'],
    ['AT&T', 'at and t'],
    ['  "Shining Path"  ', 'shining path'],
    ['M-19', 'm 19'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe('wordCount', () => {
  it.each([
    ['', 0],
    ['kabul', 1],
    ['north waziristan', 2],
  ])('%s has %i words', (input, expected) => {
    expect(wordCount(input)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { groupName } from './group-name.js';

describe('policy group.short-noun', () => {
  it.each([
    ['at least 25 worshippers', '', 'worshippers'],
    ['25 members of the Sikh community', '', 'sikh community'],
    ['dozens of worshippers', '', 'worshippers'],
    ['13 US service members', '', 'us service members'],
    ['two bombers', 'attack.suicide', 'suicide bomber'],
    ['Suicide bombers', 'attack.suicide', 'suicide bomber'],
    ['the provincial prison', '', 'prison'],
    ['bus carrying Chinese engineers', '', 'chinese engineers'],
    ['three gunmen', '', 'gunmen'],
    // group.armed-men; looks go
    ['a group of about 20 armed men', '', 'gunmen'],
    ['an armed man', '', 'gunman'],
    ['unknown armed motorcyclists', '', 'gunmen'],
    ['two armed persons', '', 'gunmen'],
    ['the two masked gunmen', '', 'gunmen'],
    ['a Taliban district police chief', '', 'taliban district police chief'],
    // group.collective-of
    ['a gathering of worshippers', '', 'worshippers'],
    ['crowds of Afghans', '', 'afghans'],
    // group.creed-words
    ['jihadist fighters', '', 'fighters'],
    ['hundreds of Islamist militants', '', 'militants'],
    ['separatist rebels', '', 'rebels'],
    ['jihadists', '', 'jihadists'],
    // group.date-words
    ['4 September two gunmen', '', 'gunmen'],
    ['Sunday three policemen', '', 'policemen'],
    // group.suspected-of
    ['two men suspected of helping the Kandahar bomber', '', 'suspects'],
    ['several people suspected of links to the attack', '', 'suspects'],
    ['a man suspected of planning it', '', 'suspect'],
    // group.of-outfit
    ['two suspected militants of a banned outfit', '', 'militants'],
    ['fighters of the group', '', 'fighters'],
    ['unidentified attackers', '', 'attackers'],
  ])('%j (%s) → %j', (mention, type, name) => {
    expect(groupName(mention, type)).toBe(name);
  });
});

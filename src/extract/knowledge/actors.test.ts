import { describe, expect, it } from 'vitest';
import { getActorKb } from './actors.js';
import { isCommonEnglishWord } from './common-words.js';
import { normalizeName } from './normalize.js';

const kb = getActorKb();
const resolve = (written: string) => kb.lookup(normalizeName(written))?.id;

describe('actor KB: aliases resolve to one entry', () => {
  const iskp = kb.all().find((a) => a.id === 'iskp');
  it.each(iskp?.aliases ?? [])('ISKP alias %s → iskp', (alias) => {
    expect(resolve(alias)).toBe('iskp');
  });
  it.each([
    ['ISIS', 'islamic-state'],
    ['daesh', 'islamic-state'],
    ['Islamic Emirate of Afghanistan', 'taliban'],
    ['Haqqani Network', 'haqqani-network'],
    ['Pakistani Taliban', 'ttp'],
    ['tehreek-e-taliban pakistan', 'ttp'],
    ['Jamaat ul Ahrar', 'jamaat-ul-ahrar'],
    ['LeJ', 'lashkar-e-jhangvi'],
    ['Lashkar-e-Tayyiba', 'lashkar-e-taiba'],
    ['ETIM', 'tip'],
    ['Turkistan Islamic Party', 'tip'],
    ['Katibat Imam al-Bukhari', 'katibat-imam-al-bukhari'],
    ['al-Qaida', 'al-qaeda'],
    ['AQIS', 'aqis'],
    ['Hizb ut-Tahrir', 'hizb-ut-tahrir'],
    ['Takfir wal Hijra', 'takfir-wal-hijra'],
    ['NDS', 'nds'],
    ['ANDSF', 'andsf'],
    ['Afghan police', 'anp'],
    ['GDI', 'taliban-gdi'],
    ['ISI', 'isi'],
    ['CTD', 'ctd'],
    ['Frontier Corps', 'frontier-corps'],
    ['Tajik GKNB', 'tajik-gknb'],
    ['Uzbek SNB', 'uzbek-sgb'],
    ['KNB', 'kazakh-knb'],
    ['FSB', 'fsb'],
    ['CENTCOM', 'centcom'],
    ['U.S. forces', 'us-forces'],
    ['IRGC', 'irgc'],
    ['FARABUNDO MARTI NATIONAL LIBERATION FRONT', 'fmln'],
    ['fmln', 'fmln'],
    ['FPL', 'fpl'],
    ['ARMY OF NATIONAL LIBERATION', 'eln-co'],
    ['UC-ELN', 'eln-co'],
    ['M-19', 'm-19'],
    ['sendero luminoso', 'shining-path'],
    ['SHINING PATH', 'shining-path'],
    ['Tupac Amaru Revolutionary Movement', 'mrta'],
    ['the extraditables', 'medellin-cartel'],
    ['Medellin cartel', 'medellin-cartel'],
    ['URNG', 'urng'],
    ['salvadoran army', 'salvadoran-armed-forces'],
    ['treasury police', 'treasury-police'],
    ['death squads', 'death-squads-sv'],
    ['contras', 'contras'],
    ["SANDINIST PEOPLE'S ARMY", 'sandinista-army'],
    ['Zarate Willka Liberation Armed Forces', 'zarate-willka'],
  ])('%s → %s', (written, id) => {
    expect(resolve(written)).toBe(id);
  });
});

describe('actor KB: data integrity', () => {
  const actors = kb.all();
  it('has at least 120 entries with unique ids', () => {
    expect(actors.length).toBeGreaterThanOrEqual(120);
    expect(new Set(actors.map((a) => a.id)).size).toBe(actors.length);
  });
  it('no alias is claimed by two entries', () => {
    expect(kb.collisions).toEqual([]);
  });
  it('no name or alias is an everyday English word on its own', () => {
    const unsafe = actors.flatMap((a) => [a.name, ...a.aliases]).filter((s) => isCommonEnglishWord(normalizeName(s)));
    expect(unsafe).toEqual([]);
  });
  it('parents refer to existing entries', () => {
    const ids = new Set(actors.map((a) => a.id));
    expect(actors.filter((a) => a.parent && !ids.has(a.parent)).map((a) => a.id)).toEqual([]);
  });
  it('maxWords covers the longest alias', () => {
    expect(kb.maxWords).toBeGreaterThanOrEqual(7);
  });
});

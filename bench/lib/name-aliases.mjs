/**
 * Names the gold scorer treats as the same actor or source, as data. Each row: the canonical key
 * and the spellings (already lower-case, no punctuation) that mean it. Only the region's common
 * variants are here; anything else must match after plain normalisation.
 */
export const ACTOR_ALIASES = [
  {
    key: 'iskp',
    names: [
      'islamic state khorasan province',
      'islamic state khorasan',
      'islamic state in khorasan province',
      'islamic state of khorasan province',
      'is k',
      'isis k',
      'is kp',
      'iskp',
      'daesh khorasan',
    ],
  },
  { key: 'ttp', names: ['tehrik i taliban pakistan', 'tehreek e taliban pakistan', 'pakistani taliban', 'ttp'] },
  { key: 'taliban', names: ['taliban', 'afghan taliban', 'islamic emirate of afghanistan', 'taliban forces'] },
  { key: 'nds', names: ['national directorate of security', 'nds', 'afghan intelligence'] },
  { key: 'bla', names: ['balochistan liberation army', 'baloch liberation army', 'bla'] },
  { key: 'al qaeda', names: ['al qaeda', 'al qaida', 'alqaeda'] },
  {
    key: 'us military',
    names: ['us military', 'us forces', 'united states military', 'us central command', 'centcom'],
  },
  { key: 'aslam farooqi', names: ['aslam farooqi', 'abdullah orakzai', 'aslam faruqi', 'mawlawi abdullah'] },
  {
    key: 'gknb',
    names: ['gknb', 'state committee for national security', 'tajik state committee for national security'],
  },
];

/** A few rows of knowledge for tests: enough places, actors and sources for the examples. */
import { type PlaceEntry, tableKnowledge } from './knowledge-port.js';

const place = (
  id: string,
  name: string,
  kind: PlaceEntry['kind'],
  country: string,
  admin1: string | null,
  rank: number,
): PlaceEntry => ({
  id,
  name,
  kind,
  country,
  admin1,
  admin2: null,
  lat: kind === 'city' ? 34.87 : null,
  lon: kind === 'city' ? 71.15 : null,
  rank,
});

export const TEST_KNOWLEDGE = tableKnowledge({
  places: [
    place('af', 'Afghanistan', 'country', 'AF', null, 100),
    place('asadabad', 'Asadabad', 'city', 'AF', 'Kunar', 70),
    place('asadabad-ir', 'Asadabad', 'city', 'IR', 'Hamadan', 60),
    place('kunar', 'Kunar', 'admin1', 'AF', 'Kunar', 75),
    place('kabul', 'Kabul', 'city', 'AF', 'Kabul', 95),
    place('jalalabad', 'Jalalabad', 'city', 'AF', 'Nangarhar', 80),
    place('nangarhar', 'Nangarhar', 'admin1', 'AF', 'Nangarhar', 75),
    place('raqqa', 'Raqqa', 'city', 'SY', 'Raqqa', 80),
    place('san-salvador', 'San Salvador', 'city', 'SV', 'San Salvador', 95),
  ],
  actors: [
    {
      id: 'iskp',
      name: 'Islamic State Khorasan Province',
      kind: 'organization',
      category: 'armed_group',
      country: 'AF',
      aliases: ['ISKP', 'IS-K'],
    },
    {
      id: 'islamic-state',
      name: 'Islamic State',
      kind: 'organization',
      category: 'armed_group',
      country: 'IQ',
      branches: [{ areas: ['AF', 'PK'], name: 'Islamic State Khorasan Province' }],
      aliases: ['ISIS', 'Islamic State group'],
    },
    {
      id: 'us-forces',
      name: 'US military',
      kind: 'organization',
      category: 'state_security',
      country: 'US',
      aliases: ['US forces', 'American forces', 'US troops'],
    },
    {
      id: 'nds',
      name: 'National Directorate of Security',
      kind: 'organization',
      category: 'state_security',
      country: 'AF',
      aliases: ['NDS'],
    },
    {
      id: 'fmln',
      name: 'Farabundo Marti National Liberation Front',
      kind: 'organization',
      category: 'armed_group',
      country: 'SV',
      aliases: ['FMLN'],
    },
  ],
  sources: [
    {
      id: 'rfe',
      name: 'Radio Free Europe/Gandhara',
      aliases: ['Radio Free Europe', 'RFE/RL'],
      kind: 'news',
      reliability: 'B',
    },
  ],
  nationalities: { afghan: 'AF', afghans: 'AF', salvadoran: 'SV' },
});

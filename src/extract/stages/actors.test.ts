/** Persons, anaphora, role fillers, attribution and certainty on modern (mixed-case) sentences. */
import { describe, expect, it } from 'vitest';
import { extract } from '../index.js';
import { TEST_KNOWLEDGE } from '../test-knowledge.js';

const meta = { title: null, author: null, published: '2021-10-20', publisher: 'Test Wire', url: null };
const run = (text: string) => extract({ text, meta }, TEST_KNOWLEDGE);
const actorsOf = (text: string) => run(text).events[0]?.actors.map((a) => `${a.role}:${a.name}:${a.kind}`) ?? [];

describe('persons need a cue next to the capitals', () => {
  it.each([
    ['ISKP leader Abdullah Orakzai was arrested in Kabul.', 'Abdullah Orakzai'],
    ['Gunmen killed Mawlawi Hamdullah Mokhlis in Kabul.', 'Hamdullah Mokhlis'],
    ['A drone strike killed Zemari Ahmadi, an aid worker, in Kabul.', 'Zemari Ahmadi'],
  ])('%j names %s', (text, name) => {
    const r = run(text);
    expect(r.entities.map((e) => e.name)).toContain(name);
    expect(r.entities.find((e) => e.name === name)?.type).toBe('person');
  });
  it.each([['Gunmen Attacked The Market In Kabul.'], ['gunmen killed abdullah orakzai in kabul.']])(
    '%j names no person',
    (text) => {
      expect(run(text).entities.filter((e) => e.type === 'person')).toEqual([]);
    },
  );
  it('a surname written later is the same person', () => {
    const r = run(
      'Attaullah Khogyani, spokesman for the governor, said a bomb exploded in Kabul. Khogyani said two died.',
    );
    expect(r.events[0]?.attribution.source).toBe('Attaullah Khogyani');
  });
});

describe('role fillers', () => {
  it.each([
    [
      'The NDS said its special forces had arrested ISKP leader Abdullah Orakzai.',
      'arresting_party:National Directorate of Security:organization',
    ],
    ['The NDS said its special forces had arrested ISKP leader Abdullah Orakzai.', 'detainee:Abdullah Orakzai:person'],
    ['Gunmen disguised in police uniforms attacked a hospital in Kabul.', 'perpetrator:gunmen:group'],
    ['A suicide bomber struck a crowd in Kabul, killing 13 soldiers and at least 60 Afghans.', 'victim:afghans:group'],
    [
      'ISKP said its fighters attacked a checkpoint in Kabul.',
      'perpetrator:Islamic State Khorasan Province:organization',
    ],
  ])('%j has %s', (text, actor) => {
    expect(actorsOf(text)).toContain(actor);
  });
  it.each([
    ['A bomb hidden at the side of a road exploded next to a vehicle in Kabul.', 'road'],
    ['On March 25 gunmen attacked a temple in Kabul.', 'march'],
  ])('%j has no junk filler %s', (text, junk) => {
    expect(actorsOf(text).join(' ')).not.toContain(junk);
  });
  it('a claim folds into the attack it claims', () => {
    const r = run('Gunmen attacked a temple in Kabul. ISKP claimed responsibility for the attack.');
    expect(r.events.map((e) => e.type)).toEqual(['attack.armed']);
    expect(r.events[0]?.actors).toContainEqual(expect.objectContaining({ role: 'claimant', entity: 'iskp' }));
  });
});

// Unsourced statements are the publisher's ("Test Wire" here), as the extraction contract says.
describe('attribution and certainty', () => {
  it.each([
    [
      'Gunmen killed 25 worshippers in Kabul, the Afghan Interior Ministry said.',
      'Afghan Interior Ministry',
      'reported',
    ],
    ['Afghan security officials later said they had arrested a man in Kabul.', 'Afghan security officials', 'reported'],
    ['Gunmen killed 25 worshippers in Kabul.', 'Test Wire', 'confirmed'],
    ['On May 12 gunmen killed 24 people in Kabul.', 'Test Wire', 'confirmed'],
    ['Uzbekistan rejected a claim that rockets were fired at Kabul.', 'Test Wire', 'denied'],
    ['ISKP claimed a bomb attack on a vehicle in Kabul that killed three.', 'Test Wire', 'confirmed'],
    ['A drone strike in Kabul killed two planners, but the attacks did not stop.', 'Test Wire', 'confirmed'],
    ['We expect ISKP to attack Kabul again.', 'Test Wire', 'hypothetical'],
  ])('%j → source %j, %s', (text, source, certainty) => {
    const [e] = run(text).events;
    expect(e?.attribution.source).toBe(source);
    expect(e?.certainty).toBe(certainty);
  });
  it('an outlet told is the channel', () => {
    const [e] = run('An NDS official told Radio Free Europe that gunmen attacked a temple in Kabul.').events;
    expect(e?.attribution).toEqual({ source: 'NDS official', via: 'Radio Free Europe/Gandhara' });
  });
});
